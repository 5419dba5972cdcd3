import type { z } from 'zod';
import { addSkipped, type DriftReport, emptyDrift } from './drift';
import { countUnknownKeys } from './unknown-keys';

type Path = (string | number)[];
type Container = Record<string, unknown> | unknown[];

/** A tolerant read: the data with every odd field skipped, or why the answer is not one at all. */
export type Tolerant<T> =
  | { ok: true; data: T; drift: DriftReport }
  | { ok: false; path: string; expected: string; drift: DriftReport };

const MAX_ROUNDS = 200;

/** The JSON type of a value, as diagnostics name it. */
export function jsonType(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function childOf(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(childOf, root);
}

/** A path with list positions folded, naming a widget's type where the entry has one. */
function foldedPath(root: unknown, path: Path): string {
  let out = '';
  let node = root;
  for (const key of path) {
    node = childOf(node, key);
    if (typeof key === 'number') {
      const tag =
        childOf(node, 'widget_type') ?? childOf(node, 'section_name') ?? childOf(node, 'format');
      out += typeof tag === 'string' ? `[${tag}]` : '[]';
    } else out += out === '' ? key : `.${key}`;
  }
  return out || '(root)';
}

function remove(root: unknown, path: Path): void {
  const parent = valueAt(root, path.slice(0, -1)) as Container;
  const key = path.at(-1) as string | number;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<string, unknown>)[key];
}

// Descending, segment by segment, so later list entries and deeper paths go first.
function byDepthAndIndex(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const [x, y] = [a[i], b[i]];
    return typeof x === 'number' && typeof y === 'number' ? y - x : String(y) < String(x) ? -1 : 1;
  }
  return b.length - a.length;
}

/** The path to drop for an issue: the field itself, or its container when the field is absent. */
function targetOf(root: unknown, path: Path): Path {
  let target = path;
  while (target.length > 0 && valueAt(root, target) === undefined) target = target.slice(0, -1);
  return target;
}

/**
 * Parses `json` with `schema` field by field: each field that fails is dropped and recorded (its
 * path, what was seen, what was expected), a required field's container goes with it, and the
 * rest is parsed again; only a failure of the whole answer (the root) is a failure.
 */
export function parseTolerantly<T>(schema: z.ZodType<T>, json: unknown): Tolerant<T> {
  const drift = emptyDrift();
  const root = { value: structuredClone(json) };
  const dropped = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const parsed = schema.safeParse(root.value);
    if (parsed.success) {
      drift.unknownKeys = countUnknownKeys(schema, root.value);
      return { ok: true, data: parsed.data, drift };
    }
    const targets = new Map<string, Path>();
    for (const issue of parsed.error.issues) {
      const path = ['value', ...(issue.path as Path)];
      const target = targetOf(root, path);
      const expected = 'expected' in issue ? String(issue.expected) : issue.message;
      const field = foldedPath(root.value, path.slice(1));
      if (target.length <= 1) return { ok: false, path: field, expected, drift };
      // A field dropped in an earlier round now shows as missing: count it once.
      if (!dropped.has(JSON.stringify(path)))
        addSkipped(drift, { path: field, seen: jsonType(valueAt(root, path)), expected });
      targets.set(JSON.stringify(target), target);
    }
    for (const target of [...targets.values()].sort(byDepthAndIndex)) {
      dropped.add(JSON.stringify(target));
      remove(root, target);
    }
  }
  return { ok: false, path: '(root)', expected: 'an answer readable in fewer rounds', drift };
}
