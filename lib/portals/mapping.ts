/**
 * The neutral result of mapping a divar listing to a portal's object: the object (when every
 * required field could be filled), the fields the user must fill first, and every listing field
 * that has no place on the portal (reported, never dropped silently).
 */

/** A field the portal requires that the listing (or the user's choices) does not give. */
export interface MissingField {
  /** The portal's field, e.g. `location.region_id`. */
  field: string;
  /** Why: `no-price`, `no-region`, `no-rate`, `unknown-category`, `too-long`, … */
  reason: string;
  /** The listing's value that could not be used, when there was one. */
  value?: string;
}

/** A listing field with a value that the portal's object has no place for. */
export interface UnmappedField {
  field: string;
  value: string;
}

/** What mapping one listing gives: the object or the fields to fill, and what was left out. */
export interface MappingResult<O> {
  token: string;
  object?: O;
  missing: MissingField[];
  unmapped: UnmappedField[];
  /** The portal's words for the preview: region, type, sale or rent, price and currency. */
  summary: Record<string, string>;
}

/** A short text of any listing value, for the unmapped list. */
export function shortValue(value: unknown): string {
  const text = Array.isArray(value) ? value.join('، ') : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
