/**
 * The Kenar OpenAPI spec (tests/fixtures/kenar/openapi-v3.json), loaded once: its operations
 * by method and path, `$ref` resolution, and each operation's API-key permission and scopes.
 */
import { readFileSync } from 'node:fs';
import { KENAR_SPEC_PATH } from '../../fixtures/files.ts';

/** A JSON Schema object of the spec (OpenAPI 3.0 subset: type, properties, items, enum, $ref…). */
// biome-ignore lint/suspicious/noExplicitAny: the spec is untyped JSON walked by key.
export type SpecSchema = Record<string, any>;

/** One operation of the spec, with what the replica needs to serve and check it. */
export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
  /** The path as a regex capturing each `{param}` segment. */
  pattern: RegExp;
  paramNames: string[];
  queryNames: string[];
  requestBody?: SpecSchema;
  requestRequired: boolean;
  response: SpecSchema;
  /** Whether the API key is needed (false for Assets, which declare `security: []`). */
  needsKey: boolean;
  /** OAuth scopes, any one of which is needed; `.post_token`-style suffixes are placeholders. */
  scopes: string[];
  /** The API-key permission the description names (`GET_POST`, …), when it names one. */
  permission?: string;
}

/** The parsed spec document. */
export const SPEC: SpecSchema = JSON.parse(readFileSync(KENAR_SPEC_PATH, 'utf8'));

/** Follows `$ref`s until a concrete schema. */
export function resolve(schema: SpecSchema | undefined): SpecSchema {
  let current = schema ?? {};
  while (typeof current.$ref === 'string') {
    const name = current.$ref.replace('#/components/schemas/', '');
    current = SPEC.components.schemas[name];
    if (!current) throw new Error(`unknown $ref ${name}`);
  }
  return current;
}

function permissionIn(description: string): string | undefined {
  const section = description.split('مجوزهای API Key مورد نیاز')[1];
  return section ? /`([A-Z_]+)`/.exec(section)?.[1] : undefined;
}

function toOperation(path: string, method: string, op: SpecSchema): SpecOperation {
  const params: SpecSchema[] = op.parameters ?? [];
  const security: SpecSchema[] = op.security ?? SPEC.security ?? [];
  const first = security[0] ?? {};
  const paramNames = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, '([^/]+)')}$`);
  return {
    operationId: op.operationId,
    method: method.toUpperCase(),
    path,
    pattern,
    paramNames,
    queryNames: params.filter((p) => p.in === 'query').map((p) => p.name),
    requestBody: op.requestBody?.content?.['application/json']?.schema,
    requestRequired: op.requestBody?.required === true,
    response: op.responses?.['200']?.content?.['application/json']?.schema ?? {},
    needsKey: 'APIKey' in first,
    scopes: first.OAuth ?? [],
    permission: permissionIn(op.description ?? ''),
  };
}

/** Every operation of the spec. */
export const OPERATIONS: SpecOperation[] = Object.entries(SPEC.paths).flatMap(([path, item]) =>
  Object.entries(item as SpecSchema)
    .filter(([method]) => ['get', 'post', 'put', 'delete', 'patch'].includes(method))
    .map(([method, op]) => toOperation(path, method, op as SpecSchema)),
);

/** The operation with this id. */
export function operationById(id: string): SpecOperation | undefined {
  return OPERATIONS.find((op) => op.operationId === id);
}

/** The operation serving `method` + `path`, with its captured path parameters. */
export function matchOperation(
  method: string,
  path: string,
): { op: SpecOperation; params: Record<string, string> } | undefined {
  for (const op of OPERATIONS) {
    if (op.method !== method) continue;
    const match = op.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    op.paramNames.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { op, params };
  }
  return undefined;
}
