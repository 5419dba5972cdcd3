import { seoSchema } from '../api/post-seo.ts';
import type { CorpusListing } from '../corpus/types.ts';
import { findCategory } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';

/** `nb.seoDetails.linkedData`: schema.org objects of the page's listings (Apartment with offers, Product). */
export function linkedData(listings: readonly CorpusListing[]) {
  return listings.map((listing) => {
    const categoryName = findCategory(listing.category)?.fullName ?? listing.category;
    const webInfo = {
      title: listing.title,
      district_persian: findDistrict(listing.districtId)?.name ?? '',
      city_persian: findCity(listing.cityId)?.name ?? '',
      category_slug_persian: categoryName,
    };
    const schema: Record<string, unknown> = seoSchema(listing, webInfo, categoryName);
    if (schema['@type'] !== 'Product' && listing.price !== undefined) {
      schema.offers = { priceCurrency: 'IRR', price: String(listing.price * 10), '@type': 'Offer' };
    }
    return schema;
  });
}
