import type { CityInfo, DistrictInfo } from '../data/places.ts';
import type { Rng } from '../util/rng.ts';
import type { BusinessType, CorpusListing } from './types.ts';

/** What a category generator gets to draw a listing's facts. */
export interface FactContext {
  rng: Rng;
  city: CityInfo;
  district: DistrictInfo;
  /** Jalali year of the corpus "now" (for building age and car model years). */
  jalaliYear: number;
}

/** The category-specific part of a listing, before tokens, dates, images and contact are added. */
export type CategoryFacts = Partial<CorpusListing> & {
  title: string;
  description: string;
  businessType: BusinessType;
  photoCount: number;
  isShop?: boolean;
};

/** Rounds an amount to a "round" price the way posters write them (3 significant figures). */
export function roundPrice(value: number): number {
  if (value <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 2);
  return Math.round(value / step) * step;
}

/** Half of titles use ASCII digits, as real posters do ("129متر"), the rest Persian digits. */
export function posterDigits(rng: Rng, value: number, toPersian: (n: number) => string): string {
  return rng.chance(0.4) ? String(value) : toPersian(value);
}

/** Agency names for premium-panel listings (invented business names). */
export const AGENCY_NAMES = [
  'املاک پارسیان',
  'املاک ماکان',
  'املاک نگین شهر',
  'مشاورین املاک آرمان',
  'املاک ستاره',
  'املاک کاج',
  'املاک ایرانیان',
  'گروه املاک سپهر',
] as const;
