/**
 * The replica's check of a property body, written apart from the extension's own (so a test
 * proves the two agree): required fields, the type notation's limits, known regions and offices.
 * Returns the first problem as the portal's error description, or undefined when valid.
 */
import type { IngatlanokSystem, PortalRules } from './state.ts';

const TYPES = ['flat', 'house', 'plot', 'office', 'shop', 'garage'];
const CURRENCIES = ['huf', 'eur', 'usd'];

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isUint = (value: unknown, digits: number) =>
  Number.isInteger(value) && (value as number) > 0 && (value as number) < 10 ** digits;

/** The transfer id and office of a body, when it names them. */
export function idOf(body: unknown): { transferId?: string; officeId?: number } {
  const id = isObject(body) && isObject(body.id) ? body.id : {};
  const property = isObject(body) && isObject(body.property) ? body.property : {};
  return {
    ...(typeof id.transfer_id === 'string' ? { transferId: id.transfer_id } : {}),
    ...(typeof property.office_id === 'number' ? { officeId: property.office_id } : {}),
  };
}

/** The first problem of a property body, as `field: what is wrong`. */
export function propertyProblem(system: IngatlanokSystem, body: unknown, rules: PortalRules) {
  if (!isObject(body) || !isObject(body.id) || !isObject(body.property))
    return 'body: {id, property, location, price} expected';
  const transferId = body.id.transfer_id;
  if (typeof transferId !== 'string' || transferId.length < 1 || transferId.length > 40)
    return 'id.transfer_id: string(1-40) expected';
  const p = body.property;
  if (!system.offices.some((o) => o.id === p.office_id))
    return 'property.office_id: unknown office';
  if (!TYPES.includes(String(p.type))) return 'property.type: unknown type';
  if (p.status !== 'active' && p.status !== 'inactive') return 'property.status: unknown status';
  if (p.action !== 'sale' && p.action !== 'rent') return 'property.action: sale or rent';
  if (typeof p.title !== 'string' || p.title.length < 1 || p.title.length > 255)
    return 'property.title: string(1-255) expected';
  const seller = isObject(body.seller) ? body.seller.id : undefined;
  if (seller !== undefined && !system.sellers.some((s) => s.id === seller))
    return 'seller.id: unknown seller';
  const location = isObject(body.location) ? body.location : {};
  if (!isUint(location.region_id, 8) || !system.regions.some((r) => r.id === location.region_id))
    return 'property.location.region_id: unknown region';
  const price = isObject(body.price) ? body.price : {};
  if (
    typeof price.price !== 'number' ||
    price.price <= 0 ||
    Math.round(price.price * 100) !== price.price * 100
  )
    return 'property.price.price: decimal(18, 2) above 0 expected';
  if (!CURRENCIES.includes(String(price.price_currency)))
    return 'property.price.price_currency: unknown currency';
  if (p.action === 'rent' && price.price_period !== 'monthly')
    return 'property.price.price_period: a rent needs a period';
  if (rules.maxPrice !== undefined && price.price > rules.maxPrice)
    return `property.price.price: above the portal's limit of ${rules.maxPrice}`;
  if (!isObject(body.special)) return 'special: object expected';
  return undefined;
}
