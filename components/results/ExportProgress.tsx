import type { ExportFormat } from '@/lib/export/download';
import { exportText } from '@/lib/export/i18n';
import type { ExportProgress } from '@/lib/export/run-in-worker';
import { useLang } from '../i18n';

/** An export's state as the bar shows it: running (with progress) or just cancelled. */
export type ExportBarProgress =
  | ({ state: 'running'; format: ExportFormat } & ExportProgress)
  | { state: 'cancelled' };

const FORMAT_NAMES: Record<ExportFormat, string> = {
  csv: 'CSV',
  xlsx: 'XLSX',
  json: 'JSON',
  parquet: 'Parquet',
  jsonl: 'JSONL',
};

/** How far the running export is (rows read, then rows written), with a cancel button. */
export function ExportProgressLine({
  progress,
  onCancel,
}: {
  progress: ExportBarProgress;
  onCancel(): void;
}) {
  const lang = useLang();
  if (progress.state === 'cancelled') {
    return (
      <p class="muted" role="status" data-testid="export-cancelled">
        {exportText(lang, 'cancelled')}
      </p>
    );
  }
  const format = FORMAT_NAMES[progress.format];
  // Reading the rows is the first half of the bar, writing the file the second.
  const half = progress.total ? progress.done / progress.total / 2 : 0;
  const value = progress.phase === 'reading' ? half : 0.5 + half;
  const text =
    progress.phase === 'writing' && progress.done > 0
      ? exportText(lang, 'progress', { format, done: progress.done, total: progress.total })
      : exportText(lang, 'starting', { format });
  return (
    <div class="export__progress" data-testid="export-progress" data-phase={progress.phase}>
      <progress max={1} value={value} aria-label={text} />
      <span role="status">{text}</span>
      <button
        type="button"
        class="button button--quiet button--small"
        data-testid="export-cancel"
        onClick={onCancel}
      >
        {exportText(lang, 'cancel')}
      </button>
    </div>
  );
}
