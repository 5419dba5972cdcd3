/** `postCustomizedButtonType` values, in a module without zod so the popup stays small. */
export const BUTTON_TYPES = [
  'ACCOMMODATION_BOOKING',
  'EXTERNAL_PRODUCT_STORE',
  'RESUME_SUBMISSION',
  'ONLINE_CALL',
] as const;

/** A customised button's type. */
export type ButtonType = (typeof BUTTON_TYPES)[number];
