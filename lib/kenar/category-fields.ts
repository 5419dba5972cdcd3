/**
 * The form a category's submit schema (Kenar assets, a JSON Schema) stands for: every property a
 * field, read defensively because the schema comes from Kenar and may drift. Objects nest, arrays
 * are lists (or several choices when their items are an enum), enums carry their Persian labels
 * (`enumNames`), and the schema's limits (minimum, maxLength, maxItems…) travel with the field.
 */

/** How a field is filled in. */
export type FieldKind =
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'multi'
  | 'object'
  | 'list';

/** The schema's limits of one field (numbers, text length, list length). */
export interface FieldLimits {
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

/** One field of a category's submit schema, as a form shows it. */
export interface CategoryField {
  key: string;
  title: string;
  kind: FieldKind;
  required: boolean;
  options?: { value: string; label: string }[];
  /** The fields of an object. */
  fields?: CategoryField[];
  /** The shape of each entry of a list. */
  item?: CategoryField;
  limits?: FieldLimits;
}

/** A value a form holds: text as typed, a checkbox, chosen options, an object or a list. */
export type FieldValue = string | boolean | FieldValue[] | { [key: string]: FieldValue };

/** The values of a form, by field key. */
export type FieldValues = Record<string, FieldValue>;

/** A value a form holds for a field (the older name). */
export type FieldInput = FieldValue;

/** Why a field's value cannot be sent; `key` is its path (`building.floor`, `units.1.size`). */
export interface FieldProblem {
  key: string;
  code:
    | 'required'
    | 'not-a-number'
    | 'not-an-option'
    | 'too-small'
    | 'too-large'
    | 'too-short'
    | 'too-long'
    | 'too-few'
    | 'too-many';
  limit?: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const numberAt = (node: Json, name: string) =>
  typeof node[name] === 'number' && Number.isFinite(node[name])
    ? (node[name] as number)
    : undefined;

function limitsOf(node: Json): FieldLimits | undefined {
  const limits: FieldLimits = {};
  const pairs: [keyof FieldLimits, string][] = [
    ['min', 'minimum'],
    ['max', 'maximum'],
    ['minLength', 'minLength'],
    ['maxLength', 'maxLength'],
    ['minItems', 'minItems'],
    ['maxItems', 'maxItems'],
  ];
  for (const [ours, theirs] of pairs) {
    const value = numberAt(node, theirs);
    if (value !== undefined) limits[ours] = value;
  }
  return Object.keys(limits).length > 0 ? limits : undefined;
}

function optionsOf(node: Json) {
  if (!Array.isArray(node.enum)) return undefined;
  const names = Array.isArray(node.enumNames) ? node.enumNames : [];
  return node.enum
    .filter((value) => typeof value === 'string' || typeof value === 'number')
    .map((value, i) => ({ value: String(value), label: String(names[i] ?? value) }));
}

function fieldOf(key: string, node: Json, required: boolean): CategoryField {
  const base = { key, title: typeof node.title === 'string' ? node.title : key, required };
  const limits = limitsOf(node);
  const withLimits = <T extends object>(field: T) => (limits ? { ...field, limits } : field);
  const options = optionsOf(node);
  if (options) return withLimits({ ...base, kind: 'choice' as const, options });
  switch (node.type) {
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'integer':
      return withLimits({ ...base, kind: 'integer' as const });
    case 'number':
    case 'float':
      return withLimits({ ...base, kind: 'number' as const });
    case 'object':
      return { ...base, kind: 'object', fields: fieldsOfSchema(node) };
    case 'array': {
      const items = isObject(node.items) ? node.items : {};
      const itemOptions = optionsOf(items);
      if (itemOptions) return withLimits({ ...base, kind: 'multi' as const, options: itemOptions });
      return withLimits({ ...base, kind: 'list' as const, item: fieldOf('', items, false) });
    }
    default:
      return withLimits({ ...base, kind: 'text' as const });
  }
}

/** The fields of a Kenar submit schema (JSON Schema `properties`), in its order; unknown types are text. */
export function fieldsOfSchema(schema: unknown): CategoryField[] {
  const root = isObject(schema) ? schema : {};
  const required = new Set(Array.isArray(root.required) ? root.required : []);
  const properties = isObject(root.properties) ? root.properties : {};
  return Object.entries(properties).map(([key, node]) =>
    fieldOf(key, isObject(node) ? node : {}, required.has(key)),
  );
}
