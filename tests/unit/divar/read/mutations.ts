/**
 * Drift mutations for the property tests: the ways divar's answers change under a reader (numbers
 * as text, new keys, new widgets, parts missing, a leaf of another type), each found by walking a
 * real answer, so every sample is varied everywhere it can be.
 */
import fc from 'fast-check';

type Json = unknown;
type Path = (string | number)[];

/** One change to an answer; `destructive` ones take information away, the others keep it. */
export type Mutation =
  | { kind: 'number-as-text'; path: Path; persian: boolean }
  | { kind: 'boolean-as-text'; path: Path }
  | { kind: 'unknown-key'; path: Path; value: Json }
  | { kind: 'unknown-widget'; path: Path; index: number }
  | { kind: 'remove-object'; path: Path }
  | { kind: 'swap-leaf'; path: Path; to: 'null' | 'object' | 'array' | 'other' };

/** Whether a mutation takes information away (the reader must treat it as absent). */
export const isDestructive = (m: Mutation) => m.kind === 'remove-object' || m.kind === 'swap-leaf';

// The identity of an answer and of each listing: changing them is not drift but another answer.
const IDENTITY_KEYS = new Set(['token', 'widget_type', 'format', 'list_widgets', 'sections']);

/** Every place in an answer a mutation can apply, by kind. */
export interface Sites {
  numbers: Path[];
  booleans: Path[];
  objects: Path[];
  widgetLists: Path[];
  removable: Path[];
  leaves: Path[];
}

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks an answer and lists the places each kind of mutation can apply. */
export function sitesOf(root: Json, topLevelIdentity: string[] = []): Sites {
  const sites: Sites = {
    numbers: [],
    booleans: [],
    objects: [],
    widgetLists: [],
    removable: [],
    leaves: [],
  };
  const walk = (value: Json, path: Path, key: string | number | undefined) => {
    const isIdentity = typeof key === 'string' && IDENTITY_KEYS.has(key);
    if (typeof value === 'number') sites.numbers.push(path);
    if (typeof value === 'boolean') sites.booleans.push(path);
    if (value === null || typeof value !== 'object') {
      if (!isIdentity && value !== null) sites.leaves.push(path);
      return;
    }
    if (Array.isArray(value)) {
      if (value.some((item) => isObject(item) && ('widget_type' in item || 'section_name' in item)))
        sites.widgetLists.push(path);
      value.forEach((item, i) => {
        walk(item, [...path, i], i);
      });
      return;
    }
    sites.objects.push(path);
    const holdsIdentity = Object.keys(value).some((k) => k === 'token');
    const isTop = path.length === 1 && topLevelIdentity.includes(String(key));
    if (typeof key === 'string' && !isIdentity && !holdsIdentity && !isTop)
      sites.removable.push(path);
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], k);
  };
  if (isObject(root)) for (const [k, v] of Object.entries(root)) walk(v, [k], k);
  return sites;
}

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const persianDigits = (text: string) =>
  text.replace(/\d/g, (d) => PERSIAN[Number(d)] ?? d).replace('.', '٫');

/** A fast-check arbitrary of one mutation somewhere in an answer with these sites. */
export function mutationOf(sites: Sites): fc.Arbitrary<Mutation> {
  const pick = (paths: Path[]) => fc.constantFrom(...paths);
  const options: fc.Arbitrary<Mutation>[] = [];
  if (sites.numbers.length)
    options.push(
      fc.record({
        kind: fc.constant('number-as-text' as const),
        path: pick(sites.numbers),
        persian: fc.boolean(),
      }),
    );
  if (sites.booleans.length)
    options.push(
      fc.record({ kind: fc.constant('boolean-as-text' as const), path: pick(sites.booleans) }),
    );
  if (sites.objects.length)
    options.push(
      fc.record({
        kind: fc.constant('unknown-key' as const),
        path: pick(sites.objects),
        value: fc.jsonValue({ maxDepth: 2 }),
      }),
    );
  if (sites.widgetLists.length)
    options.push(
      fc.record({
        kind: fc.constant('unknown-widget' as const),
        path: pick(sites.widgetLists),
        index: fc.nat(40),
      }),
    );
  if (sites.removable.length)
    options.push(
      fc.record({ kind: fc.constant('remove-object' as const), path: pick(sites.removable) }),
    );
  if (sites.leaves.length)
    options.push(
      fc.record({
        kind: fc.constant('swap-leaf' as const),
        path: pick(sites.leaves),
        to: fc.constantFrom('null' as const, 'object' as const, 'array' as const, 'other' as const),
      }),
    );
  return fc.oneof(...options);
}

function parentAndKey(
  root: Json,
  path: Path,
): [Record<string | number, Json>, string | number] | undefined {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  const key = path.at(-1);
  if (typeof node !== 'object' || node === null || key === undefined || !(key in node))
    return undefined;
  return [node as Record<string | number, Json>, key];
}

// A value of another JSON type that no lenient reader takes for the original's.
function swapped(value: Json, to: 'null' | 'object' | 'array' | 'other'): Json {
  if (to === 'null') return null;
  if (to === 'object') return { drift: true };
  if (to === 'array') return [value];
  return typeof value === 'string' ? true : typeof value === 'number' ? 'not a number' : 7;
}

/** Applies one mutation to an answer in place; false when its place is gone (a removed parent). */
export function applyMutation(root: Json, m: Mutation): boolean {
  const at = parentAndKey(root, m.path);
  if (!at) return false;
  const [parent, key] = at;
  const value = parent[key];
  switch (m.kind) {
    case 'number-as-text':
      if (typeof value !== 'number') return false;
      parent[key] = m.persian ? persianDigits(String(value)) : String(value);
      return true;
    case 'boolean-as-text':
      if (typeof value !== 'boolean') return false;
      parent[key] = String(value);
      return true;
    case 'unknown-key':
      if (!isObject(value)) return false;
      value.__drift_new_key = m.value;
      return true;
    case 'unknown-widget':
      if (!Array.isArray(value)) return false;
      value.splice(m.index % (value.length + 1), 0, {
        widget_type: 'DRIFT_FUTURE_ROW',
        data: { title: 'تازه', n: 1 },
      });
      return true;
    case 'remove-object':
      if (!isObject(value)) return false;
      delete parent[key];
      return true;
    case 'swap-leaf':
      if (value === null || typeof value === 'object') return false;
      parent[key] = swapped(value, m.to);
      return true;
  }
}

// Descending by path (list positions numerically), so inserting into a list never moves a place
// another mutation still has to reach.
function byPathDescending(a: Mutation, b: Mutation): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const [x, y] = [a.path[i], b.path[i]];
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? y - x : String(y) < String(x) ? -1 : 1;
  }
  return b.path.length - a.path.length;
}

/**
 * The drifted answer and its reference: the reference has only the destructive mutations (what the
 * variant lost), so a reader that treats drift as absence reads both the same.
 */
export function variantAndReference(original: Json, mutations: Mutation[]) {
  const variant = structuredClone(original);
  const reference = structuredClone(original);
  const destructive = mutations.filter(isDestructive);
  for (const m of destructive) {
    applyMutation(variant, m);
    applyMutation(reference, m);
  }
  const kept = mutations.filter((m) => !isDestructive(m)).sort(byPathDescending);
  const applied = destructive.length + kept.filter((m) => applyMutation(variant, m)).length;
  return { variant, reference, applied };
}
