/** The typed wrapper names of divar's `form_data` values (NOTES §2.1). */
export type WrapperKind = 'str' | 'repeated_string' | 'number_range' | 'boolean' | 'repeated_float';

/** A number range as the browser sends it: bounds as strings, either may be missing. */
export interface NumberRange {
  minimum?: string;
  maximum?: string;
}

/** One `form_data.data` value, exactly as the web API expects it. */
export type FormValue =
  | { str: { value: string } }
  | { repeated_string: { value: string[] } }
  | { number_range: NumberRange & { value?: NumberRange } }
  | { boolean: { value: boolean } }
  | { repeated_float: { value: { value: number }[] } };

/** `form_data.data`: filter key → typed value. */
export type FormData = Record<string, FormValue>;

/** A `str` value. */
export const str = (value: string): FormValue => ({ str: { value } });

/** A `repeated_string` value. */
export const repeatedString = (value: string[]): FormValue => ({ repeated_string: { value } });

/** A `boolean` value. */
export const bool = (value: boolean): FormValue => ({ boolean: { value } });

/** A `repeated_float` value, each element wrapped in `{value}` as divar wants. */
export const repeatedFloat = (values: number[]): FormValue => ({
  repeated_float: { value: values.map((value) => ({ value })) },
});

/**
 * A `number_range` value with the duplicate `value` object the browser also sends
 * (captured request sample); absent bounds are left out of both.
 */
export function numberRange(minimum: string | undefined, maximum: string | undefined): FormValue {
  const bounds: NumberRange = {};
  if (minimum !== undefined) bounds.minimum = minimum;
  if (maximum !== undefined) bounds.maximum = maximum;
  return { number_range: { ...bounds, value: { ...bounds } } };
}

/** Which wrapper a FormValue uses. */
export function wrapperOf(value: FormValue): WrapperKind {
  return Object.keys(value)[0] as WrapperKind;
}
