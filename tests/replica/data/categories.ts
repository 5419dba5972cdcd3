/**
 * The slice of Divar's category tree the replica serves, with the website path segments of
 * NOTES §3.3 (buy-apartment → apartment-sell, car → light, …) and the Persian names seen in the
 * samples (breadcrumbs use `name`, `seo.web_info.category_slug_persian` uses `fullName`).
 */

/** One category node. */
export interface CategoryInfo {
  slug: string;
  name: string;
  fullName: string;
  parent: string | null;
  urlPath: string;
}

/** Categories listings are generated in. */
export const LISTING_CATEGORIES = [
  'apartment-sell',
  'apartment-rent',
  'house-villa-sell',
  'light',
  'mobile-phones',
  'administration-and-hr',
  'computer-and-it',
  'sales-marketing',
  'accounting-finance-legal',
] as const;

/** A leaf category a listing can belong to. */
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];

function node(slug: string, name: string, parent: string | null, urlPath = slug, fullName = name) {
  return { slug, name, fullName, parent, urlPath };
}

/** The tree, parents before children. */
export const CATEGORIES: readonly CategoryInfo[] = [
  node('real-estate', 'املاک', null),
  node('residential-sell', 'فروش مسکونی', 'real-estate', 'buy-residential'),
  node('apartment-sell', 'آپارتمان', 'residential-sell', 'buy-apartment', 'فروش آپارتمان'),
  node('house-villa-sell', 'خانه و ویلا', 'residential-sell', 'buy-villa', 'فروش خانه و ویلا'),
  node('residential-rent', 'اجارهٔ مسکونی', 'real-estate', 'rent-residential'),
  node('apartment-rent', 'آپارتمان', 'residential-rent', 'rent-apartment', 'اجارهٔ آپارتمان'),
  node('house-villa-rent', 'خانه و ویلا', 'residential-rent', 'rent-villa', 'اجارهٔ خانه و ویلا'),
  node('vehicles', 'وسایل نقلیه', null),
  node('cars', 'خودرو', 'vehicles', 'auto'),
  node('light', 'سواری و وانت', 'cars', 'car'),
  node('electronic-devices', 'کالای دیجیتال', null),
  node('mobile-tablet', 'موبایل و تبلت', 'electronic-devices'),
  node('mobile-phones', 'موبایل', 'mobile-tablet', 'mobile-phones', 'گوشی موبایل'),
  node('jobs', 'استخدام و کاریابی', null),
  node('administration-and-hr', 'اداری و مدیریت', 'jobs', undefined, 'استخدام اداری و مدیریت'),
  node(
    'computer-and-it',
    'رایانه و فناوری اطلاعات',
    'jobs',
    undefined,
    'استخدام رایانه و فناوری اطلاعات',
  ),
  node('sales-marketing', 'بازاریابی و فروش', 'jobs', undefined, 'استخدام بازاریابی و فروش'),
  node(
    'accounting-finance-legal',
    'مالی، حسابداری، حقوقی',
    'jobs',
    undefined,
    'استخدام مالی، حسابداری، حقوقی',
  ),
];

const bySlug = new Map(CATEGORIES.map((category) => [category.slug, category]));

/** The category with this API slug. */
export function findCategory(slug: string): CategoryInfo | undefined {
  return bySlug.get(slug);
}

/** The category a website path segment stands for (e.g. "buy-apartment"). */
export function findCategoryByUrlPath(segment: string): CategoryInfo | undefined {
  return CATEGORIES.find((category) => category.urlPath === segment);
}

/** The chain from the root category down to `slug` (e.g. real-estate, residential-sell, apartment-sell). */
export function categoryChain(slug: string): CategoryInfo[] {
  const chain: CategoryInfo[] = [];
  for (let current = bySlug.get(slug); current; ) {
    chain.unshift(current);
    current = current.parent === null ? undefined : bySlug.get(current.parent);
  }
  return chain;
}

/** Whether a listing in `leaf` belongs to the category `ancestor` (itself or a descendant). */
export function isInCategory(leaf: string, ancestor: string): boolean {
  return categoryChain(leaf).some((category) => category.slug === ancestor);
}
