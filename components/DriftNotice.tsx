import { type DriftReport, driftDiagnostics, skippedCount } from '@/lib/divar/read/drift';
import type { ErrorKind } from '@/lib/errors';
import { formatNumber } from '@/lib/i18n/format';
import { CopyButton } from './CopyButton';
import { useLang, useT } from './i18n';

/** Props of DriftNotice. */
export interface DriftNoticeProps {
  drift: DriftReport | undefined;
  /** What was read (a job's URL, a post's token), put at the top of the copied diagnostics. */
  context: string;
  onError(kind: ErrorKind): void;
}

/**
 * One line saying how many fields of divar's answers were skipped as not understood, and a button
 * that copies their paths and types (never a value) for a bug report; nothing when none were.
 */
export function DriftNotice({ drift, context, onError }: DriftNoticeProps) {
  const t = useT();
  const lang = useLang();
  const count = skippedCount(drift);
  if (!drift || count === 0) return null;
  return (
    <p class="muted drift" data-testid="drift-notice" data-count={count} role="status">
      <span>
        {formatNumber(lang, count)} {t(count === 1 ? 'drift.field' : 'drift.fields')}
      </span>{' '}
      <CopyButton
        text={driftDiagnostics(drift, context)}
        label={t('drift.copy')}
        testId="copy-diagnostics"
        onError={onError}
      />
    </p>
  );
}
