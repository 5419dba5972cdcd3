/**
 * Checks a JSON value against a schema of the Kenar spec, the way each side is strict:
 * requests as grpc-gateway reads them (unknown fields ignored, int64 as string or number, enum
 * names, required fields present), answers as proto3 JSON writes them (int64 as strings, no field
 * the spec does not declare, so the replica cannot drift from the spec unnoticed).
 */
import { resolve, type SpecSchema } from './spec.ts';

/** Which side of the wire is checked. */
export type Side = 'request' | 'response';

/** The first problem found: where, and what. */
export interface Violation {
  path: string;
  message: string;
}

const INT64 = new Set(['int64', 'uint64']);

function checkScalar(value: unknown, spec: SpecSchema, side: Side): string | undefined {
  const int64 = INT64.has(spec.format);
  switch (spec.type) {
    case 'string':
      if (int64) {
        if (typeof value === 'string' && /^-?\d+$/.test(value)) return undefined;
        if (side === 'request' && Number.isInteger(value)) return undefined;
        return `expected ${spec.format} (a string of digits)`;
      }
      if (typeof value !== 'string') return 'expected a string';
      if (spec.enum && !spec.enum.includes(value)) return `unknown enum value ${value}`;
      if (spec.format === 'date-time' && Number.isNaN(Date.parse(value)))
        return 'expected RFC 3339';
      return undefined;
    case 'integer':
      if (Number.isInteger(value)) return undefined;
      if (int64 && typeof value === 'string' && /^-?\d+$/.test(value)) return undefined;
      return 'expected an integer';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    default:
      return undefined;
  }
}

function isZero(value: unknown): boolean {
  return (
    value === false ||
    value === 0 ||
    value === '' ||
    value === '0' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function checkObject(
  value: unknown,
  spec: SpecSchema,
  side: Side,
  path: string,
): Violation | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { path, message: 'expected an object' };
  const record = value as Record<string, unknown>;
  const properties: SpecSchema = spec.properties ?? {};
  for (const name of side === 'request' ? (spec.required ?? []) : []) {
    // proto3 cannot tell a missing bool, number or list from false, 0 or []: only text and
    // messages can be required in practice (a guess; the service's rules are not public).
    const type = resolve(properties[name]).type;
    const zeroIsValue =
      type === 'boolean' || type === 'integer' || type === 'number' || type === 'array';
    if (record[name] === undefined && !zeroIsValue)
      return { path: `${path}.${name}`, message: 'required' };
  }
  for (const [name, child] of Object.entries(record)) {
    if (child === undefined) continue;
    if (side === 'response' && isZero(child))
      return { path: `${path}.${name}`, message: 'proto3 JSON omits zero values' };
    const childSpec = properties[name];
    if (childSpec) {
      const problem = validate(child, childSpec, side, `${path}.${name}`);
      if (problem) return problem;
    } else if (side === 'response' && spec.properties && !spec.additionalProperties) {
      return { path: `${path}.${name}`, message: 'not in the spec' };
    }
  }
  return undefined;
}

/** The first violation of `value` against `schema`, or undefined when it conforms. */
export function validate(
  value: unknown,
  schema: SpecSchema,
  side: Side,
  path = '$',
): Violation | undefined {
  const spec = resolve(schema);
  if (value === null && side === 'request') return undefined; // proto3: null means default
  if (spec.type === 'array') {
    if (!Array.isArray(value)) return { path, message: 'expected an array' };
    for (const [i, item] of value.entries()) {
      const problem = validate(item, spec.items ?? {}, side, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (spec.type === 'object' || spec.properties) return checkObject(value, spec, side, path);
  if (side === 'request' && spec.enum && Number.isInteger(value)) return undefined; // enum numbers
  const message = checkScalar(value, spec, side);
  return message ? { path, message } : undefined;
}
