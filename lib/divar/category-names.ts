import { type Lang, translate } from '../i18n';
import { categoryBySlug, categoryLineage } from './categories';
import { slugWords } from './slug-words';

type Deal = 'sell' | 'rent' | 'short-rent';

// The categories that say whether their children are bought or rented (divar's category tree).
const DEALS: Record<string, Deal> = {
  'residential-sell': 'sell',
  'commercial-sell': 'sell',
  'residential-rent': 'rent',
  'commercial-rent': 'rent',
  'temporary-rent': 'short-rent',
};

/** Whether a category, or one it belongs to, is for sale, for rent or for a short stay. */
export function dealOf(slug: string): Deal | undefined {
  const owner = categoryLineage(slug).find((s) => DEALS[s]);
  return owner ? DEALS[owner] : undefined;
}

/**
 * A category by the name people use, saying sale or rent where divar's own name does not:
 * «فروش آپارتمان», «اجارهٔ خانه و ویلا», «سواری و وانت»; in English "Apartment for sale".
 */
export function categoryName(slug: string, lang: Lang): string {
  const deal = dealOf(slug);
  const own =
    lang === 'fa'
      ? (categoryBySlug(slug)?.name ?? translate(lang, 'search.unknownCategory'))
      : slugWords(slug.replace(/-(sell|rent)$/, ''));
  if (!deal || /^(فروش|اجاره)/.test(own)) return own;
  return translate(lang, `category.${deal}`).replace('{name}', own);
}
