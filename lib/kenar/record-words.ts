import { categoryBySlug } from '../divar/categories';
import { categoryName } from '../divar/category-names';
import { districtBySlug, placeBySlug, placeName } from '../divar/places';
import type { Lang } from '../i18n';
import { type KenarTextKey, kenarText, kenarTextKeys } from './i18n';

/** The slugs and codes of a Kenar post record that people should read as words. */
export interface RecordCodes {
  state?: string | undefined;
  category?: string | undefined;
  city?: string | undefined;
  district?: string | undefined;
}

/**
 * A Kenar record's state, category, city and district in the user's language («منتشرشده»,
 * «اجارهٔ آپارتمان», «کرج», «ترمینال کلانتری»); a code divar's tables do not know yet is shown
 * as Kenar sent it rather than dropped.
 */
export function recordWords(codes: RecordCodes, lang: Lang): RecordCodes {
  const stateKey = `state.${codes.state}`;
  const city = codes.city ? placeBySlug(codes.city) : undefined;
  const district = city && codes.district ? districtBySlug(codes.district, [city.id]) : undefined;
  return {
    state: kenarTextKeys.has(stateKey) ? kenarText(lang, stateKey as KenarTextKey) : codes.state,
    category:
      codes.category && categoryBySlug(codes.category)
        ? categoryName(codes.category, lang)
        : codes.category,
    city: city ? placeName(city, lang) : codes.city,
    district: district ? placeName(district, lang) : codes.district,
  };
}
