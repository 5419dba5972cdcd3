import type { ListingCategory } from '../data/categories.ts';

/** Who posted a listing, as `webengage.business_type` names it. */
export type BusinessType = 'personal' | 'real-estate-business' | 'premium-panel';

/** Goods condition, as the `status` filter values name it. */
export type GoodsStatus = 'new' | 'like-new' | 'used' | 'repair-needed';

/** One picture of a listing on divar's CDN (never fetched by the replica). */
export interface ListingImage {
  url: string;
  thumbnailUrl: string;
  jpgUrl: string;
}

/**
 * A listing of the replica: the structured facts its search card and post detail are built from,
 * and that search filters are applied to. Amounts are Toman; optional facts belong to some
 * categories only (an absent price means "توافقی").
 */
export interface CorpusListing {
  token: string;
  /** "sample" for the two real captured posts (gammaxvi, gaxWZCEz), served verbatim. */
  source: 'generated' | 'sample';
  category: ListingCategory;
  cityId: number;
  districtId: number;
  title: string;
  description: string;
  /** The card's sort date in microseconds since the epoch; unique in a corpus. */
  sortDateMicros: number;
  /** When the post was first published (ms since the epoch). */
  publishedAt: number;
  /** Red card labels: "نردبان شده" (bumped), "پله شده", "فروشگاه". */
  redTags: string[];
  businessType: BusinessType;
  /** Agency name shown on premium-panel cards instead of the time. */
  agencyName?: string;
  price?: number;
  credit?: number;
  rent?: number;
  size?: number;
  rooms?: number;
  floor?: number;
  /** Jalali year of construction. */
  yearBuilt?: number;
  elevator: boolean;
  parking: boolean;
  warehouse: boolean;
  balcony: boolean;
  rebuilt: boolean;
  unitsPerFloor?: number;
  rentToSingle?: boolean;
  /** Jalali production year (cars). */
  productionYear?: number;
  /** Mileage in km (cars). */
  usage?: number;
  /** Lower-case brand slug ("peugeot", "samsung"). */
  brand?: string;
  /** The `brand_model` filter value ("peugeot 206", "samsung galaxy a54"). */
  brandModel?: string;
  color?: string;
  gearbox?: string;
  status?: GoodsStatus;
  /** Internal storage in GB (mobiles). */
  storage?: number;
  /** Monthly salary (jobs); absent means "توافقی". */
  salary?: number;
  jobType?: string;
  experience?: string;
  insurance?: boolean;
  images: ListingImage[];
  /** The poster marked the photos as illustrative ("تصویرها برای همین ملک است؟ خیر"). */
  imagesAreIllustrative: boolean;
  lat: number;
  lon: number;
  contactUuid: string;
  /** Fake mobile number, ASCII digits (0912000xxxx). */
  phone: string;
  /** CHAT means the number is hidden. */
  contactMethod: 'CALL' | 'CHAT';
  chatEnabled: boolean;
}

/** The listings a replica serves, newest first, generated deterministically from a seed. */
export interface Corpus {
  seed: number;
  /** The instant the corpus was generated for (ms); card relative times are measured from it. */
  now: number;
  listings: readonly CorpusListing[];
  /** The listing with this token, if any. */
  get(token: string): CorpusListing | undefined;
}

/** A corpus that test code can change at runtime (see `corpus/mutate.ts`); listings stay newest first. */
export interface MutableCorpus extends Corpus {
  /** Adds a listing at the place its sort date puts it. */
  insert(listing: CorpusListing): void;
  /** Drops the listing with this token. */
  remove(token: string): void;
}
