import { type Lang, translate } from '../i18n';

/**
 * Who posted a listing, in words: «شخصی», «مشاور املاک» for an agency, «کسب‌وکار» for any
 * other business (a car dealer, a shop); divar's own code when it is none of those.
 */
export function sellerTypeName(type: string, lang: Lang): string {
  if (type === 'personal') return translate(lang, 'seller.personal');
  if (type === 'real-estate-business') return translate(lang, 'seller.real-estate');
  return translate(lang, 'seller.business');
}
