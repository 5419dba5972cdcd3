/** `baseBusinessType` values (openapi-v3.json) with Persian and English names in the Kenar words. */
export const BUSINESS_TYPES = [
  'PERSONAL',
  'REAL_ESTATE_BUSINESS',
  'CAR_BUSINESS',
  'MARKETPLACE_BUSINESS',
  'CAR_CONCIERGE_SALE',
  'JOBS_BUSINESS',
  'PREMIUM_PANEL',
] as const;

/** The words key of a business type, or undefined for a type Kenar added since. */
export function businessTypeKey(
  type: string | undefined,
): `businessType.${(typeof BUSINESS_TYPES)[number]}` | undefined {
  const known = BUSINESS_TYPES.find((t) => t === type);
  return known ? `businessType.${known}` : undefined;
}

/** A business as a picker names it: its brand and its type in words (`words` looks the type up). */
export function businessLabel(
  business: { brand_name?: string; business_token?: string; business_type?: string },
  words: (key: NonNullable<ReturnType<typeof businessTypeKey>>) => string,
): string {
  const key = businessTypeKey(business.business_type);
  const type = key ? words(key) : business.business_type;
  const name = business.brand_name || business.business_token || '';
  return type ? `${name} (${type})` : name;
}
