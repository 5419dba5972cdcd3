import type { Lang } from '../i18n';
import { type ColumnFamily, DEFAULT_COLUMNS } from './default-columns';

/** The slice of WXT storage the export preferences need. */
export interface SyncStorage {
  getItem<T>(key: `sync:${string}`): Promise<T | null>;
  setItem<T>(key: `sync:${string}`, value: T): Promise<void>;
}

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
  // zod and the column table load beside the read, not with the page: the results page paints first.
  const [{ exportPrefsSchema }, stored] = await Promise.all([
    import('./prefs-schema'),
    storage.getItem<unknown>(EXPORT_PREFS_KEY),
  ]);
  const parsed = exportPrefsSchema.safeParse(stored ?? {});
  return parsed.success ? withoutEmpty(parsed.data) : {};
}

/** Remembers the export preferences after checking them (synced across the user's browsers). */
export async function saveExportPrefs(storage: SyncStorage, prefs: ExportPrefs): Promise<void> {
  const { exportPrefsSchema } = await import('./prefs-schema');
  await storage.setItem(EXPORT_PREFS_KEY, withoutEmpty(exportPrefsSchema.parse(prefs)));
}

const withoutEmpty = (prefs: object): ExportPrefs =>
  Object.fromEntries(Object.entries(prefs).filter(([, v]) => v !== undefined)) as ExportPrefs;
