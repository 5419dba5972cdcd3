import { type Lang, translate } from '../i18n';
import { categoryLineage } from './categories';

/**
 * Who posted a listing, in words: «شخصی», «مشاور املاک» for an agency or any business posting
 * property, «کسب‌وکار» for any other business (a car dealer, a shop).
 */
export function sellerTypeName(type: string, lang: Lang, category?: string): string {
  if (type === 'personal') return translate(lang, 'seller.personal');
  const property = category !== undefined && categoryLineage(category).includes('real-estate');
  if (type === 'real-estate-business' || property) return translate(lang, 'seller.real-estate');
  return translate(lang, 'seller.business');
}
