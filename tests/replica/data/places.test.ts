/** The replica's cities, provinces and districts, checked against divar's place table. */
import { describe, expect, it } from 'vitest';
import { readPlaceTable } from '../../../scripts/lib/place-table.ts';
import { CITIES, DISTRICTS, PROVINCES } from './places.ts';

const byId = new Map(readPlaceTable().map((place) => [place.id, place]));
// The table lost its zero-width non-joiners when it was copied (scripts/data/SOURCES.md).
const bare = (name: string) => name.replaceAll('\u200c', '').normalize('NFC');
const rowOf = (id: number) => {
  const place = byId.get(id);
  return place && { slug: place.slug, name: bare(place.name), parent: place.parent };
};

describe('replica places', () => {
  it.each(CITIES)('city $slug ($id) is in the table, under its province', (city) => {
    expect(rowOf(city.id)).toEqual({
      slug: city.slug,
      name: bare(city.name),
      parent: city.provinceId,
    });
  });

  it.each(PROVINCES)('province $slug ($id) is in the table', (province) => {
    expect(rowOf(province.id)).toMatchObject({ slug: province.slug, name: bare(province.name) });
  });

  it.each(DISTRICTS)('district $slug ($id) is in the table, under its city', (district) => {
    expect(rowOf(district.id)).toEqual({
      slug: district.slug,
      name: bare(district.name),
      parent: district.cityId,
    });
    expect(byId.get(district.id)?.second_slug).toBe(district.secondSlug);
  });
});
