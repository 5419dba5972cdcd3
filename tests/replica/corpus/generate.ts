import type { ListingCategory } from '../data/categories.ts';
import { findCity } from '../data/place-lookup.ts';
import { CITIES, DISTRICTS } from '../data/places.ts';
import { tehranJalali } from '../util/jalali.ts';
import { createRng, hashString, type Rng, randomTokenChars, randomUuid } from '../util/rng.ts';
import type { CategoryFacts, FactContext } from './facts-common.ts';
import { drawCarFacts, drawPhoneFacts } from './facts-goods.ts';
import { drawJobFacts } from './facts-jobs.ts';
import { drawSellFacts } from './facts-real-estate.ts';
import { drawRentFacts } from './facts-rent.ts';
import { REAL_SAMPLE_TOKENS, sampleListings } from './samples.ts';
import type { Corpus, CorpusListing, ListingImage } from './types.ts';

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

function drawImages(rng: Rng, count: number): ListingImage[] {
  return Array.from({ length: count }, () => {
    const uuid = randomUuid(rng);
    const base = 'https://s100.divarcdn.com/static/photo/neda';
    return {
      url: `${base}/webp_post/${randomTokenChars(rng, 22)}/${uuid}.webp`,
      thumbnailUrl: `${base}/webp_thumbnail/${randomTokenChars(rng, 22)}/${uuid}.webp`,
      jpgUrl: `${base}/post/${randomTokenChars(rng, 22)}/${uuid}.jpg`,
    };
  });
}

function drawToken(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const token = `g${randomTokenChars(rng, 7)}`;
    if (!taken.has(token) && !REAL_SAMPLE_TOKENS.has(token)) {
      taken.add(token);
      return token;
    }
  }
}

function scatter(rng: Rng, districtId: number, cityId: number) {
  const [lat, lon] = findCity(cityId)?.center ?? [35.7, 51.4];
  const hash = hashString(`geo:${districtId}`);
  const offset = (bits: number) => ((bits % 1000) / 1000 - 0.5) * 0.12;
  return {
    lat: lat + offset(hash) + (rng.next() - 0.5) * 0.016,
    lon: lon + offset(hash >>> 10) + (rng.next() - 0.5) * 0.016,
  };
}

function drawListing(rng: Rng, index: number, now: number, taken: Set<string>): CorpusListing {
  const city = findCity(rng.weighted(CITY_WEIGHTS)) ?? CITIES[0];
  if (city === undefined) throw new Error('replica: no cities');
  const district = rng.pick(DISTRICTS.filter((d) => d.cityId === city.id));
  const category = rng.weighted(CATEGORY_WEIGHTS);
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
export function generateCorpus(options: CorpusOptions): Corpus {
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
  listings.sort((a, b) => b.sortDateMicros - a.sortDateMicros);
  const byToken = new Map(listings.map((listing) => [listing.token, listing]));
  return { seed: options.seed, now: options.now, listings, get: (token) => byToken.get(token) };
}
