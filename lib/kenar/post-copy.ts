/**
 * "Post a copy": a new post's form started from another post, its data mapped into the target
 * category's submit schema field by field (numbers from any digits or `{value}` objects, options
 * by value or Persian label), and everything that found no place listed, photos included (they
 * belong to the other post; they are uploaded again).
 */
import { normalizePersian } from '../divar/text';
import type { CategoryField, FieldValue, FieldValues } from './category-fields';
import { numberOf } from './field-checks';
import type { FinderPost } from './schemas/finder';
import type { NewPostInput } from './schemas/new-post';
import type { UserPostResponse } from './schemas/post';

/** A copy's start: the fields it fills and what could not be mapped (keys, or `images`). */
export interface CopiedPost {
  input: Partial<NewPostInput>;
  unmapped: string[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: string, b: string) => normalizePersian(a).trim() === normalizePersian(b).trim();

// Keys of a public record's data that are general fields, or that Kenar fills in itself.
const GENERAL_KEYS = new Set(['title', 'description', 'images', 'prefilled_title', 'expire_days']);

function scalar(raw: unknown): string | undefined {
  if (typeof raw === 'string' || typeof raw === 'number') return String(raw);
  if (isObject(raw) && (typeof raw.value === 'string' || typeof raw.value === 'number'))
    return String(raw.value); // a price: {mode, value}
  return undefined;
}

function mapValue(field: CategoryField, raw: unknown): FieldValue | undefined {
  switch (field.kind) {
    case 'boolean':
      return typeof raw === 'boolean'
        ? raw
        : raw === 'true'
          ? true
          : raw === 'false'
            ? false
            : undefined;
    case 'integer':
    case 'number': {
      const text = scalar(raw);
      return text !== undefined && numberOf(text) !== undefined
        ? String(numberOf(text))
        : undefined;
    }
    case 'choice': {
      const text = scalar(raw);
      if (text === undefined) return undefined;
      return field.options?.find((o) => same(o.value, text) || same(o.label, text))?.value;
    }
    case 'multi': {
      if (!Array.isArray(raw)) return undefined;
      const picked = raw.map((entry) => mapValue({ ...field, kind: 'choice' }, entry));
      return picked.every((v) => v !== undefined) ? (picked as string[]) : undefined;
    }
    case 'object':
      return isObject(raw) ? mapData(field.fields ?? [], raw).values : undefined;
    case 'list': {
      const item = field.item;
      if (!Array.isArray(raw) || !item) return undefined;
      const entries = raw.map((entry) => mapValue(item, entry));
      return entries.every((v) => v !== undefined) ? (entries as FieldValue[]) : undefined;
    }
    default:
      return scalar(raw);
  }
}

/** Maps `data` into `fields`: the values that fit and the keys that did not. */
export function mapData(fields: CategoryField[], data: Json) {
  const values: FieldValues = {};
  const unmapped: string[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (GENERAL_KEYS.has(key) || raw === undefined || raw === null) continue;
    const field = fields.find((f) => f.key === key);
    const value = field ? mapValue(field, raw) : undefined;
    if (field && value !== undefined) values[key] = value;
    else unmapped.push(key);
  }
  return { values, unmapped };
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const withImages = (unmapped: string[], images: unknown) =>
  Array.isArray(images) && images.length > 0 ? ['images', ...unmapped] : unmapped;

/** A copy of one of the user's own posts (its general data and category data). */
export function copyOfUserPost(post: UserPostResponse, fields: CategoryField[]): CopiedPost {
  const general = post.general_data ?? {};
  const { values, unmapped } = mapData(fields, post.category_data ?? {});
  return {
    input: {
      category: general.category_slug,
      city: general.city,
      district: general.district,
      title: general.title,
      description: general.description,
      chatEnabled: general.chat_enabled ?? true,
      hidePhone: general.hide_phone ?? false,
      values,
    },
    unmapped: withImages(unmapped, general.images),
  };
}

/** A copy of any post from its public record (finder/post). */
export function copyOfRecord(record: FinderPost, fields: CategoryField[]): CopiedPost {
  const data = record.data ?? {};
  const { values, unmapped } = mapData(fields, data);
  return {
    input: {
      category: record.category,
      city: record.city,
      district: record.district,
      title: text(data.title),
      description: text(data.description),
      chatEnabled: record.chat_enabled ?? true,
      hidePhone: record.is_phone_hidden ?? false,
      values,
    },
    unmapped: withImages(unmapped, data.images),
  };
}
