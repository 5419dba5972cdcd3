import { useState } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import type { ExportFormat } from '@/lib/export/download';
import { exportText } from '@/lib/export/i18n';
import type { Lang } from '@/lib/i18n';
import { useLang, useT } from '../i18n';
import { type ExportBarProgress, ExportProgressLine } from './ExportProgress';

export type { ExportBarProgress } from './ExportProgress';

/** Props of ExportBar. */
export interface ExportBarProps {
  headerLang: Lang;
  onHeaderLang(lang: Lang): void;
  /**
   * Builds and downloads the export, reporting its progress (or that it was cancelled); rejects
   * with an AppError-like `{ kind }` on failure.
   */
  onExport(format: ExportFormat, report: (p: ExportBarProgress | undefined) => void): Promise<void>;
  onError(kind: ErrorKind): void;
  onCancel(): void;
  disabled: boolean;
}

const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'json', 'parquet', 'jsonl'];

/** CSV, XLSX, JSON, Parquet and JSON Lines download buttons for the listings shown, and the header language. */
export function ExportBar({
  headerLang,
  onHeaderLang,
  onExport,
  onError,
  onCancel,
  disabled,
}: ExportBarProps) {
  const t = useT();
  const lang = useLang();
  const label = (format: ExportFormat) =>
    format === 'parquet' || format === 'jsonl'
      ? exportText(lang, format)
      : t(`results.export.${format}`);
  const [busy, setBusy] = useState<ExportFormat | undefined>();
  const [progress, setProgress] = useState<ExportBarProgress | undefined>();
  const run = (format: ExportFormat) => {
    setBusy(format);
    setProgress(undefined);
    onExport(format, setProgress)
      .catch((e: { kind?: ErrorKind }) => {
        setProgress(undefined);
        onError(e?.kind ?? 'internal');
      })
      .finally(() => setBusy(undefined));
  };
  return (
    <div class="export card" data-testid="export-bar">
      <p class="card__title">{t('results.export')}</p>
      <div class="actions">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            class="button"
            data-testid={`export-${format}`}
            disabled={disabled || busy !== undefined}
            aria-busy={busy === format}
            onClick={() => run(format)}
          >
            {label(format)}
          </button>
        ))}
      </div>
      {progress ? <ExportProgressLine progress={progress} onCancel={onCancel} /> : null}
      <fieldset class="export__headers">
        <legend>{t('results.export.headers')}</legend>
        {(['fa', 'en'] as const).map((lang) => (
          <label key={lang}>
            <input
              type="radio"
              name="header-lang"
              value={lang}
              data-testid={`header-lang-${lang}`}
              checked={headerLang === lang}
              onChange={() => onHeaderLang(lang)}
            />
            {t(`results.export.headers.${lang}`)}
          </label>
        ))}
      </fieldset>
      <p class="muted">{t('results.export.note')}</p>
      <p class="muted">{exportText(lang, 'dictionary')}</p>
    </div>
  );
}
