import type { ListingCategory } from '../data/categories.ts';
import { findCity } from '../data/place-lookup.ts';
import { CITIES, DISTRICTS } from '../data/places.ts';
import { tehranJalali } from '../util/jalali.ts';
import { createRng, type Rng, randomUuid } from '../util/rng.ts';
import { drawImages, drawToken, scatter } from './draw-parts.ts';
import type { CategoryFacts, FactContext } from './facts-common.ts';
import { drawCarFacts, drawPhoneFacts } from './facts-goods.ts';
import { drawJobFacts } from './facts-jobs.ts';
import { drawSellFacts } from './facts-real-estate.ts';
import { drawRentFacts } from './facts-rent.ts';
import { sampleListings } from './samples.ts';
import { createCorpusStore } from './store.ts';
import type { CorpusListing, MutableCorpus } from './types.ts';

/** What a corpus is generated from. */
export interface CorpusOptions {
  seed: number;
  /** Number of generated listings (the two real samples come on top). */
  size: number;
  /** The instant listings are dated back from (ms). */
  now: number;
}

/** The default "now": a week after the real samples were captured (2026-09, Tehran). */
export const DEFAULT_CORPUS_NOW = Date.parse('2026-09-22T09:00:00Z');
const DAY_MS = 86_400_000;
const CITY_WEIGHTS = [
  [1, 45],
  [2, 15],
  [3, 15],
  [4, 13],
  [6, 12],
] as const;
const CATEGORY_WEIGHTS: readonly (readonly [ListingCategory, number])[] = [
  ['apartment-sell', 25],
  ['apartment-rent', 22],
  ['house-villa-sell', 8],
  ['light', 20],
  ['mobile-phones', 15],
  ['administration-and-hr', 3],
  ['computer-and-it', 3],
  ['sales-marketing', 2],
  ['accounting-finance-legal', 2],
];

function drawFacts(ctx: FactContext, category: ListingCategory): CategoryFacts {
  if (category === 'apartment-sell') return drawSellFacts(ctx, true);
  if (category === 'house-villa-sell') return drawSellFacts(ctx, false);
  if (category === 'apartment-rent') return drawRentFacts(ctx);
  if (category === 'light') return drawCarFacts(ctx);
  if (category === 'mobile-phones') return drawPhoneFacts(ctx);
  return drawJobFacts(ctx, category);
}

/** What a drawn listing must be (the rest is random); the draws themselves do not change. */
export interface ListingPins {
  cityId?: number;
  districtId?: number;
  category?: ListingCategory;
}

/** Draws one listing (the `index`-th, which fixes its fake phone number), honouring `pins`. */
export function drawListing(
  rng: Rng,
  index: number,
  now: number,
  taken: Set<string>,
  pins: ListingPins = {},
): CorpusListing {
  const drawnCity = rng.weighted(CITY_WEIGHTS);
  const city = findCity(pins.cityId ?? drawnCity) ?? CITIES[0];
  if (city === undefined) throw new Error('replica: no cities');
  const drawnDistrict = rng.pick(DISTRICTS.filter((d) => d.cityId === city.id));
  const district = DISTRICTS.find((d) => d.id === pins.districtId) ?? drawnDistrict;
  const category = pins.category ?? rng.weighted(CATEGORY_WEIGHTS);
  const { photoCount, isShop, ...facts } = drawFacts(
    { rng, city, district, jalaliYear: tehranJalali(now).jy },
    category,
  );
  const sortMs = now - 60_000 - rng.next() ** 1.7 * 30 * DAY_MS;
  const bumped = rng.chance(0.2);
  const contactMethod = rng.chance(0.05) ? 'CHAT' : 'CALL';
  return {
    elevator: false,
    parking: false,
    warehouse: false,
    balcony: false,
    rebuilt: false,
    imagesAreIllustrative: false,
    ...facts,
    token: drawToken(rng, taken),
    source: 'generated',
    category,
    cityId: city.id,
    districtId: district.id,
    sortDateMicros: Math.floor(sortMs) * 1000 + rng.int(0, 999),
    publishedAt: bumped ? sortMs - rng.int(1, 20) * DAY_MS * rng.next() : sortMs,
    redTags: [
      ...(bumped ? ['نردبان شده'] : []),
      ...(rng.chance(0.03) ? ['پله شده'] : []),
      ...(isShop ? ['فروشگاه'] : []),
    ],
    images: drawImages(rng, photoCount),
    ...scatter(rng, district.id, city.id),
    contactUuid: randomUuid(rng),
    phone: `09${12 + Math.floor(index / 9000)}000${String(index % 9000).padStart(4, '0')}`,
    contactMethod,
    chatEnabled: contactMethod === 'CHAT' || rng.chance(0.8),
  };
}

/** Builds the deterministic corpus for a seed: generated listings plus the two real samples. */
export function generateCorpus(options: CorpusOptions): MutableCorpus {
  const rng = createRng(options.seed);
  const taken = new Set<string>();
  const usedDates = new Set<number>();
  const listings = sampleListings();
  for (const sample of listings) usedDates.add(sample.sortDateMicros);
  for (let index = 0; index < options.size; index += 1) {
    const listing = drawListing(rng, index, options.now, taken);
    while (usedDates.has(listing.sortDateMicros)) listing.sortDateMicros -= 1;
    usedDates.add(listing.sortDateMicros);
    listings.push(listing);
  }
  return createCorpusStore(options.seed, options.now, listings);
}
