/**
 * The `brand_model` option tree of the filters page (`I_MULTI_SELECT_HIERARCHY_ROW`,
 * `data.options.children[].data.value` = brand, its children = models), built from the brands and
 * models the listings in scope actually have. Values are what the search's `brand_model` matches:
 * "peugeot" (every Peugeot) and "peugeot 206".
 */
import { CAR_MODELS, PHONE_MODELS } from '../corpus/facts-goods.ts';
import type { CorpusListing } from '../corpus/types.ts';

const BRAND_TITLES: Record<string, string> = {
  peugeot: 'پژو',
  saipa: 'سایپا',
  ikco: 'ایران‌خودرو',
  mvm: 'ام‌وی‌ام',
  chery: 'چری',
  hyundai: 'هیوندای',
  toyota: 'تویوتا',
  mazda: 'مزدا',
  samsung: 'سامسونگ',
  apple: 'اپل',
  xiaomi: 'شیائومی',
};

const MODEL_TITLES = new Map<string, string>([
  ...CAR_MODELS.map(([brand, model, title]): [string, string] => [
    `${brand} ${model.replace(/-/g, ' ')}`,
    title,
  ]),
  ...PHONE_MODELS.map(([brand, model, title]): [string, string] => [`${brand} ${model}`, title]),
]);

/** One node of the option tree. */
export interface HierarchyNode {
  data: { title: string; value: string };
  children: HierarchyNode[];
}

const byTitle = (a: HierarchyNode, b: HierarchyNode) =>
  a.data.title.localeCompare(b.data.title, 'fa');

/** The root node ("همه") whose children are the brands, each with its models. */
export function brandModelOptions(pool: readonly CorpusListing[]): HierarchyNode {
  const brands = new Map<string, Set<string>>();
  for (const listing of pool) {
    if (listing.brandModel === undefined) continue;
    const brand = listing.brand ?? listing.brandModel.split(' ')[0] ?? listing.brandModel;
    const models = brands.get(brand) ?? new Set<string>();
    models.add(listing.brandModel);
    brands.set(brand, models);
  }
  const children = [...brands].map(([brand, models]) => ({
    data: { title: BRAND_TITLES[brand] ?? brand, value: brand },
    children: [...models]
      .map((value) => ({ data: { title: MODEL_TITLES.get(value) ?? value, value }, children: [] }))
      .sort(byTitle),
  }));
  return { data: { title: 'همهٔ برندها', value: '' }, children: children.sort(byTitle) };
}
