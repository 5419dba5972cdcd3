import { useEffect, useState } from 'preact/hooks';
import {
  type ExportPrefs,
  loadExportPrefs,
  type SyncStorage,
  saveExportPrefs,
} from '@/lib/export/prefs';
import type { Lang } from '@/lib/i18n';
import { useT } from '../i18n';
import { ColumnChooser } from '../results/ColumnChooser';

/** The export defaults (columns, order, header language), the same ones the results page remembers. */
export function ExportDefaults({ storage }: { storage: SyncStorage }) {
  const t = useT();
  const [prefs, setPrefs] = useState<ExportPrefs | undefined>();
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
      <ColumnChooser chosen={prefs.columns} onChange={(columns) => update({ ...prefs, columns })} />
    </section>
  );
}
