import { z } from 'zod';
import { lazySchema } from '../schema/lazy';
import { COLUMNS } from './columns';
import { COLUMN_FAMILIES } from './default-columns';

const KNOWN = new Set(COLUMNS.map((c) => c.key));

// Keys a later version dropped are ignored rather than failing the whole preference.
const columnKeys = lazySchema(() =>
  z
    .array(z.string().max(64))
    .max(200)
    .transform((keys) => [...new Set(keys.filter((k) => KNOWN.has(k)))])
    .refine((keys) => keys.length > 0),
);

// The one list every version before per-category columns saved, chosen or not.
const OLD_DEFAULT =
  'title,price,pricePerSquareMetre,size,rooms,district,yearBuilt,publishedAt,imageCount,url';

/** What the user chose for exports: columns and their order per family, and the header language. */
export const exportPrefsSchema = lazySchema(() =>
  z.object({
    columnsBy: z.partialRecord(z.enum(COLUMN_FAMILIES), columnKeys).optional(),
    // One list for every family, from before columns followed the category; the old default
    // (which was saved whether chosen or not) means no choice.
    columns: columnKeys
      .optional()
      .catch(undefined)
      .transform((keys) => (keys?.join(',') === OLD_DEFAULT ? undefined : keys)),
    headerLang: z.enum(['fa', 'en']).optional(),
  }),
);
