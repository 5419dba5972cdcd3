/** The three description lines and red text of a listing's search card (NOTES §2.2). */
import type { CorpusListing } from '../corpus/types.ts';
import { findDistrict } from '../data/place-lookup.ts';
import { formatNumberFa, formatToman, relativeTimeFa } from '../util/persian.ts';

const STATUS_TEXT = {
  new: 'نو',
  'like-new': 'در حد نو',
  used: 'کارکرده',
  'repair-needed': 'نیازمند تعمیر',
};

/** The district's Persian name, or the city name when the district is unknown. */
export function districtName(listing: CorpusListing): string {
  return findDistrict(listing.districtId)?.name ?? '';
}

function topText(listing: CorpusListing): string | undefined {
  if (listing.category === 'apartment-rent') return `ودیعه: ${formatToman(listing.credit)}`;
  if (listing.category === 'light' && listing.usage !== undefined) {
    return listing.usage === 0 ? 'کارکرد صفر' : `${formatNumberFa(listing.usage)} کیلومتر`;
  }
  if (listing.status !== undefined) return STATUS_TEXT[listing.status];
  return listing.jobType;
}

function middleText(listing: CorpusListing): string {
  if (listing.category === 'apartment-rent') {
    return listing.rent === 0 ? 'رهن کامل' : `اجارهٔ ماهانه: ${formatToman(listing.rent)}`;
  }
  if (listing.jobType !== undefined) return formatToman(listing.salary);
  return formatToman(listing.price);
}

function bottomText(listing: CorpusListing, now: number): string {
  const where = districtName(listing);
  if (listing.businessType === 'premium-panel' && listing.agencyName)
    return `${listing.agencyName} در ${where}`;
  if (listing.businessType === 'real-estate-business') return `مشاور املاک در ${where}`;
  return `${relativeTimeFa(now - listing.sortDateMicros / 1000)} در ${where}`;
}

/** Card texts: `top` may be undefined (sell cards have none), `red` only when labelled. */
export function cardTexts(listing: CorpusListing, now: number) {
  return {
    top: topText(listing),
    middle: middleText(listing),
    bottom: bottomText(listing, now),
    red: listing.redTags.length > 0 ? listing.redTags.join(' | ') : undefined,
  };
}
