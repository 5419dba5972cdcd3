import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { toAsciiDigits } from '../text';

// A plain decimal after digits are ASCII and thousands separators dropped ("۳۵٫۷" → "35.7").
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** A numeric string in ASCII, Persian or Arabic digits as a number; undefined when it is not one. */
export function numberFromText(text: string): number | undefined {
  const clean = toAsciiDigits(text.trim())
    .replace(/[\u066c,](?=\d{3}(?:\D|$))/g, '')
    .replace(/\u066b/g, '.');
  if (!DECIMAL.test(clean)) return undefined;
  const value = Number(clean);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A number as divar may send it: a JSON number or a numeric string (int64 fields, coordinates),
 * in ASCII, Persian or Arabic digits.
 */
export const looseNumber = lazySchema(() =>
  z.union([z.number(), z.string()], { error: 'number' }).transform((value, ctx) => {
    const number = typeof value === 'number' ? value : numberFromText(value);
    if (number !== undefined && Number.isFinite(number)) return number;
    ctx.addIssue({ code: 'custom', message: 'number', input: value });
    return z.NEVER;
  }),
);

/** Text as divar may send it: a string, or a finite number written as text (an id sent as int). */
export const looseString = lazySchema(() =>
  z
    .union([z.string(), z.number().refine(Number.isFinite)], { error: 'string' })
    .transform((value) => (typeof value === 'string' ? value : String(value))),
);

/** A boolean as divar may send it: `true`/`false` or the strings "true"/"false". */
export const looseBoolean = lazySchema(() =>
  z.union([z.boolean(), z.string()], { error: 'boolean' }).transform((value, ctx) => {
    if (typeof value === 'boolean') return value;
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'false') return word === 'true';
    ctx.addIssue({ code: 'custom', message: 'boolean', input: value });
    return z.NEVER;
  }),
);
