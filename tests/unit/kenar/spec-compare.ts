/**
 * Compares one of our zod schemas (as JSON Schema, from `z.toJSONSchema`) with the spec's schema
 * and lists every disagreement: a field the spec does not have, a type or enum value it does not
 * allow, a field it requires that we may leave out (requests), or one we require that proto3 JSON
 * may omit (answers).
 */
import { z } from 'zod';
import { resolve, type SpecSchema } from '../../replica/kenar/spec.ts';

/** Which side of the wire a schema describes. */
export type Side = 'request' | 'response';

const INT64 = new Set(['int64', 'uint64']);

function allowedTypes(spec: SpecSchema): Set<string> {
  const types = new Set<string>([spec.type]);
  // int64 values are strings in proto3 JSON, numbers are accepted too (NOTES §2).
  if (INT64.has(spec.format)) for (const t of ['string', 'integer']) types.add(t);
  if (spec.type === 'number') types.add('integer');
  return types;
}

function isAny(ours: SpecSchema): boolean {
  return Object.keys(ours).every((key) => key === '$schema');
}

function compareObject(ours: SpecSchema, spec: SpecSchema, side: Side, at: string): string[] {
  if (!spec.properties && !spec.required) return []; // free-form in the spec
  const specProps: SpecSchema = spec.properties ?? {};
  const specRequired = new Set<string>(spec.required ?? []);
  const ourRequired = new Set<string>(ours.required ?? []);
  const issues: string[] = [];
  for (const [name, schema] of Object.entries<SpecSchema>(ours.properties ?? {})) {
    if (name in specProps)
      issues.push(...compareSchema(schema, specProps[name], side, `${at}.${name}`));
    else if (!specRequired.has(name)) issues.push(`${at}.${name}: not in the spec`);
  }
  if (side === 'request') {
    for (const name of specRequired)
      if (!ourRequired.has(name)) issues.push(`${at}.${name}: the spec requires it`);
  } else {
    for (const name of ourRequired)
      if (!specRequired.has(name)) issues.push(`${at}.${name}: required here, proto3 may omit it`);
  }
  return issues;
}

/** Every disagreement between `ours` (JSON Schema) and `specSchema`, each prefixed by its path. */
export function compareSchema(
  ours: SpecSchema,
  specSchema: SpecSchema,
  side: Side,
  at = '$',
): string[] {
  const spec = resolve(specSchema);
  if (isAny(ours)) return [];
  const issues: string[] = [];
  for (const branch of (ours.anyOf ?? ours.oneOf ?? [ours]) as SpecSchema[]) {
    if (branch.type && spec.type && !allowedTypes(spec).has(branch.type)) {
      issues.push(
        `${at}: ${branch.type} here, ${spec.type}${spec.format ? `/${spec.format}` : ''} in the spec`,
      );
      continue;
    }
    const values: unknown[] | undefined =
      branch.enum ?? (branch.const === undefined ? undefined : [branch.const]);
    for (const value of values ?? [])
      if (spec.enum && !spec.enum.includes(value))
        issues.push(`${at}: ${value} is not in the spec's enum`);
    if (branch.type === 'array')
      issues.push(...compareSchema(branch.items ?? {}, spec.items ?? {}, side, `${at}[]`));
    if (branch.type === 'object') issues.push(...compareObject(branch, spec, side, at));
  }
  return issues;
}

/** `compareSchema` for a zod schema. */
export function compareZod(schema: z.ZodType, specSchema: SpecSchema, side: Side): string[] {
  const json = z.toJSONSchema(schema, {
    io: side === 'request' ? 'input' : 'output',
    unrepresentable: 'any',
  });
  return compareSchema(json as SpecSchema, specSchema, side);
}
