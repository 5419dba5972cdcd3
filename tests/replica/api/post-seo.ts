/** The `seo`, `webengage`, `analytics` and `city` parts of a generated posts-v2 response. */
import type { CorpusListing } from '../corpus/types.ts';
import { categoryChain } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';
import { formatJalaliDate, tehranLocalIso } from '../util/jalali.ts';
import { roomsWord } from '../util/persian.ts';
import { postSlug } from '../util/slug.ts';
import { categoryFormData } from './widget-parts.ts';

const SELL_PREFIX: Record<string, string> = {
  'apartment-sell': 'فروش ',
  'house-villa-sell': 'فروش ',
  'apartment-rent': 'اجاره ',
  light: 'فروش ',
  'mobile-phones': 'فروش ',
};

/** "فروش " before sell titles (as in the samples), unless the title already starts with that word. */
function titlePrefix(category: string, title: string): string {
  const prefix = SELL_PREFIX[category] ?? '';
  return prefix === '' || title.startsWith(prefix.trim()) ? '' : prefix;
}

function places(listing: CorpusListing) {
  const city = findCity(listing.cityId);
  const district = findDistrict(listing.districtId);
  return { city, district, cityName: city?.name ?? '', districtName: district?.name ?? '' };
}

/** The schema.org object of a listing (`post_seo_schema`; also the /s/ page's linkedData). */
export function seoSchema(
  listing: CorpusListing,
  webInfo: Record<string, string>,
  categoryName: string,
) {
  const { cityName, districtName } = places(listing);
  const common = {
    name: listing.title,
    ...(listing.images[0] ? { image: listing.images[0].url } : {}),
    '@context': 'https://schema.org',
    url: `https://divar.ir/v/${postSlug(listing.title)}/${listing.token}`,
    description: listing.description,
  };
  if (listing.size !== undefined) {
    const geo = {
      address: `${cityName}, ${districtName}`,
      latitude: String(listing.lat),
      longitude: String(listing.lon),
      '@type': 'GeoCoordinates',
    };
    const type = listing.category === 'house-villa-sell' ? 'House' : 'Apartment';
    return {
      '@type': type,
      web_info: webInfo,
      ...common,
      floorSize: { value: String(listing.size), unitCode: 'MTK', '@type': 'QuantitativeValue' },
      geo,
      numberOfRooms: roomsWord(listing.rooms ?? 0),
      accommodationCategory: categoryName,
    };
  }
  const offers = {
    priceCurrency: 'IRR',
    price: String((listing.price ?? 0) * 10),
    '@type': 'Offer',
  };
  return { ...common, offers, web_info: webInfo, category: listing.category, '@type': 'Product' };
}

/** The `seo` object: titles, web_info, bread_crumb, schema.org data, unavailable_after. */
export function postSeo(listing: CorpusListing, categoryName: string) {
  const { cityName, districtName } = places(listing);
  const underscored = listing.title.replace(/\//g, '_');
  const webInfo = {
    title: underscored,
    district_persian: districtName,
    city_persian: cityName,
    category_slug_persian: categoryName,
  };
  const chain = categoryChain(listing.category).reverse();
  const crumbs = chain.map((category, index) => ({
    name: index === 0 ? category.fullName : category.name,
    search_data: { form_data: { data: categoryFormData(category.slug, listing.districtId) } },
  }));
  return {
    title: `${titlePrefix(listing.category, underscored)}${underscored} در ${cityName} - ${formatJalaliDate(listing.sortDateMicros / 1000)}`,
    description: `آگهی ${underscored} در دیوار ${cityName}`,
    android_package_name: 'ir.divar',
    android_app_url: `android-app://ir.divar/http/v/${underscored}/${listing.token}/`,
    web_info: webInfo,
    unavailable_after: tehranLocalIso(
      listing.publishedAt + 31 * 86_400_000,
      listing.sortDateMicros % 1_000_000,
    ),
    bread_crumb: [
      ...crumbs,
      {
        name: districtName,
        search_data: { form_data: { data: categoryFormData(undefined, listing.districtId) } },
      },
      { name: String(listing.cityId), search_data: { form_data: {} } },
      { name: 'دیوار' },
    ],
    post_seo_schema: seoSchema(listing, { ...webInfo, title: listing.title }, categoryName),
    ...(listing.images[0] ? { image_url: listing.images[0].jpgUrl } : {}),
  };
}

/** `webengage`, `analytics` and `city` (prices as float32, like the real `webengage.price`). */
export function postTracking(listing: CorpusListing) {
  const { city, district } = places(listing);
  const [cat1, cat2, cat3] = categoryChain(listing.category).map((category) => category.slug);
  const business = listing.businessType === 'personal' ? '' : `BR_${listing.token.slice(1, 7)}`;
  return {
    webengage: {
      city: city?.slug ?? '',
      business_type: listing.businessType,
      image_count: listing.images.length,
      business_ref: business,
      token: listing.token,
      source_view: '',
      originality: '',
      credit: Math.fround(listing.credit ?? 0),
      gender: '',
      cat_2: cat2 ?? '',
      price: Math.fround(listing.price ?? 0),
      category: listing.category,
      brand_model: listing.brandModel ?? '',
      cat_3: cat3 ?? '',
      status: listing.status ?? '',
      district: district?.slug ?? '',
      rent: Math.fround(listing.rent ?? 0),
      cat_1: cat1 ?? '',
    },
    analytics: { cat1, cat2, ...(cat3 ? { cat3 } : {}), city: city?.slug ?? '' },
    city: {
      city_id: String(listing.cityId),
      name: city?.name ?? '',
      parent_id: String(city?.provinceId ?? 0),
      second_slug: city?.slug ?? '',
    },
  };
}
