/**
 * Kenar's brand-model and colour lists (assets, only for `light` and `mobile-phones`, NOTES §4) as
 * the options of a category's `brand_model` and `color` fields where its submit schema leaves them
 * free text, so a person picks a Persian name and Kenar gets its slug.
 */
import type { CategoryField } from './category-fields';
import type { KenarClient } from './client';
import type { EnumOption } from './schemas/assets';

const choicesOf = (list: EnumOption[] | undefined) =>
  (list ?? []).flatMap((o) => (o.slug ? [{ value: o.slug, label: o.display || o.slug }] : []));

async function listFor(client: KenarClient, key: string, category: string) {
  try {
    if (key === 'brand_model') return choicesOf((await client.brandModels(category)).brand_models);
    if (key === 'color') return choicesOf((await client.colors(category)).colors);
  } catch {
    // No list for this category, or Kenar did not answer: the field stays free text.
  }
  return [];
}

/** `fields` with free-text `brand_model` and `color` turned into choices from Kenar's assets. */
export async function withAssetChoices(
  client: KenarClient,
  category: string,
  fields: CategoryField[],
): Promise<CategoryField[]> {
  return Promise.all(
    fields.map(async (field) => {
      if (field.kind !== 'text' || (field.key !== 'brand_model' && field.key !== 'color'))
        return field;
      const options = await listFor(client, field.key, category);
      return options.length > 0 ? { ...field, kind: 'choice' as const, options } : field;
    }),
  );
}
