import { z } from 'zod';
import type { Lang } from '../i18n';
import { COLUMNS } from './columns';
import { COLUMN_FAMILIES, type ColumnFamily, DEFAULT_COLUMNS } from './default-columns';

/** The slice of WXT storage the export preferences need. */
export interface SyncStorage {
  getItem<T>(key: `sync:${string}`): Promise<T | null>;
  setItem<T>(key: `sync:${string}`, value: T): Promise<void>;
}

const KNOWN = new Set(COLUMNS.map((c) => c.key));

// Keys a later version dropped are ignored rather than failing the whole preference.
const columnKeys = z
  .array(z.string().max(64))
  .max(200)
  .transform((keys) => [...new Set(keys.filter((k) => KNOWN.has(k)))])
  .refine((keys) => keys.length > 0);

// The one list every version before per-category columns saved, chosen or not.
const OLD_DEFAULT =
  'title,price,pricePerSquareMetre,size,rooms,district,yearBuilt,publishedAt,imageCount,url';

/** What the user chose for exports: columns and their order per family, and the header language. */
export const exportPrefsSchema = z.object({
  columnsBy: z.partialRecord(z.enum(COLUMN_FAMILIES), columnKeys).optional(),
  // One list for every family, from before columns followed the category; the old default
  // (which was saved whether chosen or not) means no choice.
  columns: columnKeys
    .optional()
    .catch(undefined)
    .transform((keys) => (keys?.join(',') === OLD_DEFAULT ? undefined : keys)),
  headerLang: z.enum(['fa', 'en']).optional(),
});

/** The export preferences (nothing chosen: every family's defaults). */
export type ExportPrefs = {
  columnsBy?: Partial<Record<ColumnFamily, string[]>>;
  columns?: string[];
  headerLang?: Lang;
};

/** The storage key, versioned so a later shape can migrate from it. */
export const EXPORT_PREFS_KEY = 'sync:export:v1' as const;

/** The columns of a family: the user's choice for it, else an old one-list choice, else its defaults. */
export function columnsOf(prefs: ExportPrefs, family: ColumnFamily): string[] {
  return [...(prefs.columnsBy?.[family] ?? prefs.columns ?? DEFAULT_COLUMNS[family])];
}

/** `prefs` with `keys` chosen as the columns of `family`. */
export function withColumns(prefs: ExportPrefs, family: ColumnFamily, keys: string[]): ExportPrefs {
  return { ...prefs, columnsBy: { ...prefs.columnsBy, [family]: keys } };
}

/** The saved export preferences, or none chosen when none (or garbage) are stored. */
export async function loadExportPrefs(storage: SyncStorage): Promise<ExportPrefs> {
  const parsed = exportPrefsSchema.safeParse(
    (await storage.getItem<unknown>(EXPORT_PREFS_KEY)) ?? {},
  );
  return parsed.success ? withoutEmpty(parsed.data) : {};
}

/** Remembers the export preferences after checking them (synced across the user's browsers). */
export async function saveExportPrefs(storage: SyncStorage, prefs: ExportPrefs): Promise<void> {
  await storage.setItem(EXPORT_PREFS_KEY, withoutEmpty(exportPrefsSchema.parse(prefs)));
}

const withoutEmpty = (prefs: z.infer<typeof exportPrefsSchema>): ExportPrefs =>
  Object.fromEntries(Object.entries(prefs).filter(([, v]) => v !== undefined)) as ExportPrefs;
