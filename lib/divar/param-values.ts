import {
  bool,
  type FormValue,
  numberRange,
  repeatedFloat,
  repeatedString,
  str,
  type WrapperKind,
} from './form-data';
import { toAsciiDigits } from './text';

/** A value read from the URL, or why it could not be. */
export type ValueResult =
  | { ok: true; value: FormValue | undefined }
  | { ok: false; reason: string };

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const RANGE = new RegExp(`^(${NUMBER})?-(${NUMBER})?$`);

const canonicalNumber = (n: string) => n.replace(/^(-?)0+(?=\d)/, '$1').replace(/^-0$/, '0');

/** Reads `a-b`, `-b` (no minimum) or `a-` (no maximum); `-1-6` is -1 to 6 (floors). */
export function readRange(raw: string): ValueResult {
  const match = RANGE.exec(toAsciiDigits(raw).replace(/\s/g, ''));
  if (!match) return { ok: false, reason: 'expected a range such as 40-140, -140 or 40-' };
  const [min, max] = [match[1], match[2]].map((n) =>
    n === undefined ? undefined : canonicalNumber(n),
  );
  if (min === undefined && max === undefined)
    return { ok: false, reason: 'a range needs at least one bound' };
  if (min !== undefined && max !== undefined && Number(min) > Number(max)) {
    return { ok: false, reason: `minimum ${min} is above maximum ${max}` };
  }
  return { ok: true, value: numberRange(min, max) };
}

/** Splits a comma list, tolerating spaces and a trailing comma (`personal,`). */
export function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

function readList(raw: string): ValueResult {
  const items = splitList(raw);
  return items.length > 0
    ? { ok: true, value: repeatedString(items) }
    : { ok: false, reason: 'empty list' };
}

function readBoolean(raw: string): ValueResult {
  const value = raw.trim().toLowerCase();
  if (value === 'true' || value === '1') return { ok: true, value: bool(true) };
  if (value === 'false' || value === '0') return { ok: true, value: undefined };
  return { ok: false, reason: 'expected true or false' };
}

/** Reads `minLon,minLat,maxLon,maxLat` as four finite numbers. */
export function readBbox(raw: string): number[] | undefined {
  const numbers = splitList(toAsciiDigits(raw)).map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = numbers;
  return minLon <= maxLon && minLat <= maxLat ? numbers : undefined;
}

/** Reads a raw URL value into the wrapper a filter uses. */
export function readValue(wrapper: WrapperKind, raw: string): ValueResult {
  switch (wrapper) {
    case 'number_range':
      return readRange(raw);
    case 'repeated_string':
      return readList(toAsciiDigitsIfNumeric(raw));
    case 'boolean':
      return readBoolean(raw);
    case 'str':
      return raw.trim()
        ? { ok: true, value: str(raw.trim()) }
        : { ok: false, reason: 'empty value' };
    case 'repeated_float': {
      const box = readBbox(raw);
      return box
        ? { ok: true, value: repeatedFloat(box) }
        : { ok: false, reason: 'expected minLon,minLat,maxLon,maxLat' };
    }
  }
}

// Place ids may be typed with Persian digits; words (rooms: "دو") must stay as they are.
function toAsciiDigitsIfNumeric(raw: string): string {
  const ascii = toAsciiDigits(raw);
  return /^[\d,\s]*$/.test(ascii) ? ascii : raw;
}

/** Guesses the wrapper of an unknown parameter from its value (NOTES §3.2, last row). */
export function inferWrapper(raw: string): WrapperKind {
  const value = toAsciiDigits(raw).trim();
  if (value === 'true' || value === 'false') return 'boolean';
  if (RANGE.test(value) && value !== '-') return 'number_range';
  if (value.includes(',') || /^\d+$/.test(value)) return 'repeated_string';
  return 'str';
}
