import {
  CITIES,
  type CityInfo,
  DISTRICTS,
  type DistrictInfo,
  PROVINCES,
  type ProvinceInfo,
} from './places.ts';

const cityById = new Map(CITIES.map((city) => [city.id, city]));
const districtById = new Map(DISTRICTS.map((district) => [district.id, district]));

/** The city with this place id, if the replica knows it. */
export function findCity(id: number): CityInfo | undefined {
  return cityById.get(id);
}

/** The city with this URL slug (e.g. "tehran"). */
export function findCityBySlug(slug: string): CityInfo | undefined {
  return CITIES.find((city) => city.slug === slug);
}

/** The province with this URL slug (e.g. "tehran-province", or "iran" for the whole country). */
export function findProvinceBySlug(slug: string): ProvinceInfo | undefined {
  return PROVINCES.find((province) => province.slug === slug);
}

/** The district with this place id. */
export function findDistrict(id: number): DistrictInfo | undefined {
  return districtById.get(id);
}

/** A district of the given cities whose slug or second slug equals the URL path segment. */
export function findDistrictBySlug(
  cityIds: readonly number[],
  slug: string,
): DistrictInfo | undefined {
  return DISTRICTS.find(
    (district) =>
      cityIds.includes(district.cityId) && (district.slug === slug || district.secondSlug === slug),
  );
}

/** Every district of a city, in id order. */
export function districtsOfCity(cityId: number): DistrictInfo[] {
  return DISTRICTS.filter((district) => district.cityId === cityId);
}

/**
 * The city ids a list of place ids stands for: cities as they are, a province for its cities,
 * 715 ("iran") for every city. Unknown ids are kept (they simply match no listing).
 */
export function expandPlaceIds(placeIds: readonly number[]): number[] {
  const result = new Set<number>();
  for (const id of placeIds) {
    if (id === 715) for (const city of CITIES) result.add(city.id);
    const provinceCities = CITIES.filter((city) => city.provinceId === id);
    if (provinceCities.length > 0) for (const city of provinceCities) result.add(city.id);
    else if (id !== 715) result.add(id);
  }
  return [...result];
}
