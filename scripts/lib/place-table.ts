import { readFileSync } from 'node:fs';

/** One row of divar's place table (scripts/data/places.amirfabo.json, see its SOURCES.md). */
export interface RawPlace {
  id: number;
  name: string;
  slug: string;
  parent: number | null;
  second_slug?: string;
}

/** Every row of divar's place table: the country, provinces, cities and districts. */
export function readPlaceTable(): RawPlace[] {
  return JSON.parse(readFileSync(new URL('../data/places.amirfabo.json', import.meta.url), 'utf8'));
}
