/** Random parts of a generated listing: photos, token, coordinates. */
import { findCity } from '../data/place-lookup.ts';
import { hashString, type Rng, randomTokenChars, randomUuid } from '../util/rng.ts';
import { REAL_SAMPLE_TOKENS } from './samples.ts';
import type { ListingImage } from './types.ts';

/** `count` picture URLs on divar's CDN (never fetched). */
export function drawImages(rng: Rng, count: number): ListingImage[] {
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

/** A fresh 8-char token starting with `g`, never a taken one or a real sample's. */
export function drawToken(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const token = `g${randomTokenChars(rng, 7)}`;
    if (!taken.has(token) && !REAL_SAMPLE_TOKENS.has(token)) {
      taken.add(token);
      return token;
    }
  }
}

/** Synthetic coordinates: city centre + a per-district offset + noise. */
export function scatter(rng: Rng, districtId: number, cityId: number) {
  const [lat, lon] = findCity(cityId)?.center ?? [35.7, 51.4];
  const hash = hashString(`geo:${districtId}`);
  const offset = (bits: number) => ((bits % 1000) / 1000 - 0.5) * 0.12;
  return {
    lat: lat + offset(hash) + (rng.next() - 0.5) * 0.016,
    lon: lon + offset(hash >>> 10) + (rng.next() - 0.5) * 0.016,
  };
}
