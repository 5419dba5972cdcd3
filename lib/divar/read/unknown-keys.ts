import type { z } from 'zod';
import { builtSchema } from '../../schema/lazy';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
};

/** The tag key and the schema per tag of a tagged (widget) schema, for walking past its dispatch. */
const TAGGED = new WeakMap<object, { key: string; described: Record<string, z.ZodType> }>();

/** Records how a tagged schema dispatches, so unknown keys inside its entries can be counted. */
export function registerTagged(
  schema: object,
  key: string,
  described: Record<string, z.ZodType>,
): void {
  TAGGED.set(schema, { key, described });
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * How many keys of `json` the schema does not name (new keys divar added, or ones no reader
 * needs): counted for diagnostics, never an error. Entries of unknown widget types are not walked.
 */
export function countUnknownKeys(
  schema: z.ZodType,
  json: unknown,
  budget = { nodes: 50_000 },
): number {
  if (--budget.nodes < 0 || json === null || typeof json !== 'object') return 0;
  const tagged = TAGGED.get(builtSchema(schema));
  if (tagged) {
    const tag = isObject(json) ? json[tagged.key] : undefined;
    const inner = typeof tag === 'string' ? tagged.described[tag] : undefined;
    return inner ? countUnknownKeys(inner, json, budget) : 0;
  }
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  if (inner) return countUnknownKeys(inner, json, budget);
  if (def.type === 'array' && def.element && Array.isArray(json)) {
    const element = def.element;
    return json.reduce<number>((sum, item) => sum + countUnknownKeys(element, item, budget), 0);
  }
  if (def.type !== 'object' || !def.shape || !isObject(json)) return 0;
  let count = 0;
  for (const [key, value] of Object.entries(json)) {
    const child = def.shape[key];
    count += child ? countUnknownKeys(child, value, budget) : 1;
  }
  return count;
}
