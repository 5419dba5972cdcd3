import { formatNumber } from '@/lib/i18n/format';
import { type JobState, phaseOf } from '@/lib/jobs/activity';
import { useLang, useT } from './i18n';
import { useNow } from './use-now';

/**
 * What a job is doing, truthfully: fetching, waiting (why, and a live countdown to when it goes
 * on), paused by the user, stopped for the user, done, failed or cancelled; `live` makes it a
 * polite live region.
 */
export function JobStatus({ state, live = false }: { state: JobState; live?: boolean }) {
  const t = useT();
  const lang = useLang();
  const phase = phaseOf(state);
  const wait = state.activity?.state === 'waiting' ? state.activity : undefined;
  const now = useNow(wait !== undefined);
  const seconds = wait?.until === undefined ? 0 : Math.ceil((wait.until - now) / 1000);
  const reason = wait?.reason;
  return (
    // `live`: the one status a screen reader should hear change (the popup's job, not list rows).
    <span
      data-testid="job-phase"
      data-phase={phase}
      data-reason={reason}
      role={live ? 'status' : undefined}
    >
      <strong>{t(`job.phase.${phase}`)}</strong>
      {reason ? (
        <span class="muted" data-testid="job-wait">
          {'، '}
          {t(`job.wait.${reason}`)}
          {reason === 'resume'
            ? ''
            : ` ${seconds > 0 ? `${formatNumber(lang, seconds)} ${t('job.seconds')}` : t('job.wait.now')}`}
        </span>
      ) : null}
    </span>
  );
}
