/**
 * Names of fields for people: a path of a category form (`building.floor`, `nearby.1.place`) as
 * its titles (`ساختمان › طبقه`), and the field Kenar's refusal names, read from its message
 * (`invalid request category_fields.size: …`, `title: …`, `general_data.images[2]: …`).
 */
import type { CategoryField } from './category-fields';

/** The titles along `path` in `fields` (list entries by their number), or undefined when unknown. */
export function fieldTitle(fields: readonly CategoryField[], path: string): string | undefined {
  const titles: string[] = [];
  let level: readonly CategoryField[] = fields;
  let field: CategoryField | undefined;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) && field?.kind === 'list') {
      titles.push(String(Number(part) + 1));
      level = field.item?.fields ?? [];
      continue;
    }
    field = level.find((f) => f.key === part);
    if (!field) return undefined;
    titles.push(field.title);
    level = field.fields ?? [];
  }
  return titles.join(' › ');
}

/** Where a refusal points: `category` (a category field) or `general` (a general field), and the path. */
export interface RefusedField {
  group: 'category' | 'general';
  path: string;
}

const GENERAL = [
  'title',
  'description',
  'images',
  'city',
  'district',
  'business',
  'category',
  'photos',
];

/** The field a Kenar refusal (or a check's `key: code` message) names, if it names one. */
export function refusedField(message: string): RefusedField | undefined {
  const match = /(?:^|\s|\$\.)((?:category_fields|category_data|general_data)\.)?([\w.[\]]+):/.exec(
    message,
  );
  if (!match?.[2]) return undefined;
  const path = match[2].replace(/\[(\d+)\]/g, '.$1');
  if (match[1]?.startsWith('general_data') || GENERAL.includes(path.split('.')[0] ?? ''))
    return { group: 'general', path: path.split('.')[0] ?? path };
  return { group: 'category', path };
}
