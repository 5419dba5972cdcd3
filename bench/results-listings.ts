import { listingsFromSearchResponse } from '../lib/divar/listing/search';
import type { Listing } from '../lib/divar/listing/types';
import { searchResponseSchema } from '../lib/divar/schemas/search-response';
import { divarSampleJson } from '../tests/fixtures/files.ts';

const sample = searchResponseSchema.parse(
  divarSampleJson('search_apartment-sell_tehran_page1.trimmed.json'),
);
const templates = listingsFromSearchResponse(sample).listings;

/**
 * `count` listings shaped like real divar cards (the reference Tehran apartment sample, cycled),
 * each with its own token, price, size and title; one in 500 titles looks like a formula.
 */
export function benchListings(count: number): Listing[] {
  if (templates.length === 0) throw new Error('no listing in the sample');
  return Array.from({ length: count }, (_, i) => {
    const template = templates[i % templates.length] as Listing;
    const size = 40 + ((i * 37) % 260);
    const price = (2_000 + ((i * 7919) % 90_000)) * 1_000_000;
    return {
      ...template,
      token: `b${String(i).padStart(7, '0')}`,
      title: i % 500 === 0 ? `=HYPERLINK("x","${template.title}")` : `${template.title} ${i}`,
      price,
      size,
      pricePerSquareMetre: Math.round(price / size),
    };
  });
}
