import { useEffect, useState } from 'preact/hooks';
import { COLUMN_FAMILIES, type ColumnFamily, DEFAULT_COLUMNS } from '@/lib/export/default-columns';
import {
  columnsOf,
  type ExportPrefs,
  loadExportPrefs,
  type SyncStorage,
  saveExportPrefs,
  withColumns,
} from '@/lib/export/prefs';
import type { Lang } from '@/lib/i18n';
import { useT } from '../i18n';
import { ColumnChooser } from '../results/ColumnChooser';

/**
 * The export defaults (columns and their order for each kind of search, header language), the
 * same ones the results page remembers.
 */
export function ExportDefaults({ storage }: { storage: SyncStorage }) {
  const t = useT();
  const [prefs, setPrefs] = useState<ExportPrefs | undefined>();
  const [family, setFamily] = useState<ColumnFamily>('sale');
  useEffect(() => void loadExportPrefs(storage).then(setPrefs), [storage]);
  if (!prefs) return null;
  const update = (next: ExportPrefs) => {
    setPrefs(next);
    void saveExportPrefs(storage, next);
  };
  return (
    <section class="card" data-testid="export-defaults">
      <h2 class="card__title">{t('exportDefaults.title')}</h2>
      <p class="muted">{t('exportDefaults.intro')}</p>
      <label class="label" for="header-lang">
        {t('exportDefaults.headers')}
      </label>
      <select
        id="header-lang"
        class="input"
        value={prefs.headerLang ?? 'fa'}
        onChange={(e) => update({ ...prefs, headerLang: e.currentTarget.value as Lang })}
      >
        <option value="fa">فارسی</option>
        <option value="en">English</option>
      </select>
      <label class="label" for="column-family">
        {t('exportDefaults.family')}
      </label>
      <select
        id="column-family"
        class="input"
        data-testid="column-family"
        value={family}
        onChange={(e) => setFamily(e.currentTarget.value as ColumnFamily)}
      >
        {COLUMN_FAMILIES.map((f) => (
          <option key={f} value={f}>
            {t(`exportDefaults.family.${f}`)}
          </option>
        ))}
      </select>
      <ColumnChooser
        chosen={columnsOf(prefs, family)}
        defaults={DEFAULT_COLUMNS[family]}
        onChange={(keys) => update(withColumns(prefs, family, keys))}
      />
    </section>
  );
}
