import { z } from 'zod';
import { lazySchema } from '../schema/lazy';
import type { FormData, FormValue } from './form-data';

const bound = lazySchema(() => z.union([z.string(), z.number()]).transform(String).optional());
const range = lazySchema(() => z.object({ minimum: bound, maximum: bound }));

/** One `form_data` value as divar sends it; unknown wrappers are rejected by name. */
export const formValueSchema = lazySchema(
  () =>
    z.union([
      z.object({ str: z.object({ value: z.string() }) }),
      z.object({ repeated_string: z.object({ value: z.array(z.string()) }) }),
      z.object({ number_range: range.extend({ value: range.optional() }) }),
      z.object({ boolean: z.object({ value: z.boolean().default(true) }) }),
      z.object({ repeated_float: z.object({ value: z.array(z.object({ value: z.number() })) }) }),
    ]) as unknown as z.ZodType<FormValue>,
);

/** `form_data` as JSON text (`form_data_json` in divar's page state and search echo). */
export const formDataJsonSchema = lazySchema(() =>
  z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'form_data_json is not JSON' });
        return z.NEVER;
      }
    })
    .pipe(z.object({ data: z.record(z.string(), formValueSchema) }))
    .transform((parsed): FormData => parsed.data),
);
