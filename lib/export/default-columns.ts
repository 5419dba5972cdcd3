import { categoryFromPath, categoryLineage } from '../divar/categories';
import { dealOf } from '../divar/category-names';
import type { Listing } from '../divar/listing/types';

/** The kinds of search whose listings want different columns first. */
export type ColumnFamily = 'rent' | 'sale' | 'car' | 'job' | 'other';

/** Every family, in the order the options page lists them. */
export const COLUMN_FAMILIES: readonly ColumnFamily[] = ['sale', 'rent', 'car', 'job', 'other'];

/**
 * The columns shown and exported until the user chooses, by family: the price that matters
 * first (deposit and monthly rent for rentals, salary for jobs), and few enough to fit a
 * 1280-pixel window (the title already links to the post, so no link column).
 */
export const DEFAULT_COLUMNS: Readonly<Record<ColumnFamily, readonly string[]>> = {
  rent: [
    'title',
    'deposit',
    'monthlyRent',
    'size',
    'rooms',
    'district',
    'yearBuilt',
    'publishedAt',
  ],
  sale: [
    'title',
    'price',
    'size',
    'pricePerSquareMetre',
    'rooms',
    'district',
    'yearBuilt',
    'publishedAt',
  ],
  car: ['title', 'price', 'yearBuilt', 'mileageKm', 'district', 'publishedAt', 'imageCount'],
  job: ['title', 'salary', 'district', 'sellerType', 'publishedAt'],
  other: ['title', 'price', 'district', 'publishedAt', 'imageCount'],
};

/** The family of an API category slug (undefined: a search of every category). */
export function familyOf(category: string | undefined): ColumnFamily {
  if (!category) return 'other';
  const lineage = categoryLineage(category);
  if (lineage.includes('jobs')) return 'job';
  if (lineage.includes('vehicles')) return 'car';
  if (!lineage.includes('real-estate')) return 'other';
  return dealOf(category) === 'sell' || category === 'real-estate' ? 'sale' : 'rent';
}

/**
 * The family of a job's listings: its search's category (from the URL path), or for a list of
 * posts the category most of them have.
 */
export function familyOfJob(url: string, listings: readonly Listing[]): ColumnFamily {
  const segment = /^https:\/\/divar\.ir\/s\/[^/?#]+\/([^/?#]+)/.exec(url)?.[1];
  if (segment) return familyOf(categoryFromPath(decodeURIComponent(segment)).slug);
  const counts = new Map<ColumnFamily, number>();
  for (const l of listings)
    counts.set(familyOf(l.category), (counts.get(familyOf(l.category)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}
