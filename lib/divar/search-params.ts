import type { WrapperKind } from './form-data';

/** How well a URL parameter's wrapper is known (NOTES §3.2). */
export type ParamEvidence = 'captured' | 'reported' | 'assumed' | 'conflicting';

/** What we know about one filter parameter: its `form_data` wrapper and how sure that is. */
export interface ParamSpec {
  wrapper: WrapperKind;
  evidence: ParamEvidence;
  /** Values that mean "no filter" and are left out of the body (`goods-business-type=all`). */
  meansAll?: string;
}

const spec = (wrapper: WrapperKind, evidence: ParamEvidence): ParamSpec => ({ wrapper, evidence });
const captured = (wrapper: WrapperKind) => spec(wrapper, 'captured');

/**
 * URL parameters that are `form_data` filters under the same key, with their wrapper
 * (NOTES §3.2 and the captured request sample, 2026-09).
 */
export const FILTER_PARAMS: Readonly<Record<string, ParamSpec>> = {
  districts: captured('repeated_string'),
  price: captured('number_range'),
  credit: spec('number_range', 'reported'),
  rent: spec('number_range', 'reported'),
  size: captured('number_range'),
  rooms: captured('repeated_string'),
  floor: captured('number_range'),
  'building-age': captured('number_range'),
  price_per_square: captured('number_range'),
  elevator: captured('boolean'),
  parking: captured('boolean'),
  warehouse: captured('boolean'),
  balcony: spec('boolean', 'reported'),
  rebuilt: captured('boolean'),
  'has-photo': spec('boolean', 'reported'),
  rent_to_single: spec('boolean', 'assumed'),
  'non-negotiable': spec('boolean', 'assumed'),
  has_installment_sale: spec('boolean', 'assumed'),
  recent_ads: captured('str'),
  // A Kotlin scraper sends repeated_string, a map tool str; URLs carry lists ("personal,").
  'business-type': spec('repeated_string', 'conflicting'),
  'goods-business-type': { ...spec('repeated_string', 'reported'), meansAll: 'all' },
  'production-year': spec('number_range', 'reported'),
  usage: spec('number_range', 'reported'),
  color: spec('repeated_string', 'reported'),
  base_color: spec('repeated_string', 'reported'),
  body_status: spec('repeated_string', 'assumed'),
  motor_status: spec('repeated_string', 'assumed'),
  gearbox: spec('repeated_string', 'assumed'),
  status: spec('repeated_string', 'reported'),
  exchange: spec('repeated_string', 'conflicting'),
  internal_storage: spec('repeated_string', 'reported'),
  ram_memory: spec('repeated_string', 'reported'),
  brand_model: spec('repeated_string', 'reported'),
  originality: spec('repeated_string', 'assumed'),
  bbox: captured('repeated_float'),
};

/** URL parameters that describe the page or map state, never a filter. */
export const NON_FILTER_PARAMS: ReadonlySet<string> = new Set([
  'map_bbox',
  'map_place_hash',
  'map_interaction',
  'map_interacted',
  'page',
  'last_post_date',
]);

/** URL parameters with a place of their own in the body: `q`, `sort`, `cities`. */
export const BODY_PARAMS: ReadonlySet<string> = new Set(['q', 'sort', 'cities']);
