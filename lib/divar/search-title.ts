import { type Lang, translate } from '../i18n';
import { joinParts } from '../i18n/format';
import { categoryName } from './category-names';
import { placeNameById } from './places';
import type { SearchQuery } from './search-query';

/**
 * A search by name, as a job or watched search is called: its category (sale or rent said), its
 * cities and its words, e.g. «فروش آپارتمان، تهران» or "Apartment for sale, Tehran, "balcony"".
 */
export function searchTitle(query: SearchQuery, lang: Lang): string {
  const category = query.category
    ? categoryName(query.category.slug, lang)
    : translate(lang, 'search.allCategories');
  const cities = query.cityIds.map(
    (id) => placeNameById(id, lang) ?? translate(lang, 'search.unknownCity'),
  );
  const words = query.query ?? query.keyword;
  return joinParts(lang, [
    category,
    ...cities,
    words && (lang === 'fa' ? `«${words}»` : `"${words}"`),
  ]);
}
