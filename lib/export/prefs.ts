import { z } from 'zod';
import type { Lang } from '../i18n';
import { COLUMNS, DEFAULT_COLUMN_KEYS } from './columns';

/** The slice of WXT storage the export preferences need. */
export interface SyncStorage {
  getItem<T>(key: `sync:${string}`): Promise<T | null>;
  setItem<T>(key: `sync:${string}`, value: T): Promise<void>;
}

const KNOWN = new Set(COLUMNS.map((c) => c.key));

/** What the user chose for exports: the columns, in their order, and the header language. */
export const exportPrefsSchema = z.object({
  // Keys a later version dropped are ignored rather than failing the whole preference.
  columns: z
    .array(z.string().max(64))
    .max(200)
    .transform((keys) => [...new Set(keys.filter((k) => KNOWN.has(k)))])
    .refine((keys) => keys.length > 0)
    .default([...DEFAULT_COLUMN_KEYS]),
  headerLang: z.enum(['fa', 'en']).optional(),
});

/** The export preferences. */
export type ExportPrefs = { columns: string[]; headerLang?: Lang };

/** The storage key, versioned so a later shape can migrate from it. */
export const EXPORT_PREFS_KEY = 'sync:export:v1' as const;

/** The defaults: the house hunter's columns, headers in the UI language. */
export const defaultExportPrefs = (): ExportPrefs => ({ columns: [...DEFAULT_COLUMN_KEYS] });

/** The saved export preferences, or the defaults when none (or garbage) are stored. */
export async function loadExportPrefs(storage: SyncStorage): Promise<ExportPrefs> {
  const parsed = exportPrefsSchema.safeParse(
    (await storage.getItem<unknown>(EXPORT_PREFS_KEY)) ?? {},
  );
  return parsed.success ? parsed.data : defaultExportPrefs();
}

/** Remembers the export preferences after checking them (synced across the user's browsers). */
export async function saveExportPrefs(storage: SyncStorage, prefs: ExportPrefs): Promise<void> {
  await storage.setItem(EXPORT_PREFS_KEY, exportPrefsSchema.parse(prefs));
}
