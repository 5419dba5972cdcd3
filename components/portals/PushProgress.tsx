import { useEffect, useState } from 'preact/hooks';
import type { SyncJob } from '@/lib/portals/types';
import { ErrorNotice } from '../ErrorNotice';
import { useLang } from '../i18n';
import { OutcomeTable } from './OutcomeTable';
import { type PortalStatus, usePortalSend, usePortalT } from './portal-env';

const SETTLED = new Set(['synced', 'rejected', 'invalid', 'skipped', 'failed']);

const timeOf = (lang: string, at: number) =>
  new Intl.DateTimeFormat(lang === 'fa' ? 'fa-IR' : 'en-GB', { timeStyle: 'short' }).format(at);

/** A push as it goes: the progress bar, the counts, the hour's error budget and each outcome. */
export function PushProgress({ jobId }: { jobId: string }) {
  const t = usePortalT();
  const lang = useLang();
  const send = usePortalSend();
  const [job, setJob] = useState<SyncJob | null>(null);
  const [status, setStatus] = useState<PortalStatus | undefined>();
  const poll = async () => {
    setJob(await send<'portalJob'>({ type: 'portalJob', jobId }));
    setStatus(await send<'portalStatus'>({ type: 'portalStatus' }));
  };
  useEffect(() => {
    void poll();
    const timer = setInterval(() => void poll().catch(() => undefined), 1000);
    return () => clearInterval(timer);
  }, [jobId]);
  if (!job) return <p class="muted">{t('loading')}</p>;
  const done = job.items.filter((i) => SETTLED.has(i.state)).length;
  const budget = status?.budget;
  const act = async (type: 'portalPause' | 'portalResume') => {
    await send({ type, jobId });
    await poll();
  };
  return (
    <div class="portal-progress" data-testid="portal-progress" data-status={job.status}>
      <progress class="job__bar" max={job.items.length} value={done} />
      <p data-testid="portal-progress-text">{t('progress', { done, total: job.items.length })}</p>
      <p class="muted" data-testid="portal-counts">
        {t('counts', {
          requests: job.counts.requests,
          bad: job.counts.badRequests,
          batches: job.counts.batches,
        })}
      </p>
      {budget ? (
        <p data-testid="portal-budget" data-left={budget.left}>
          {t('budget', { left: budget.left, stopAt: budget.stopAt, limit: budget.limit })}
        </p>
      ) : null}
      {job.error ? <ErrorNotice kind={job.error.kind} detail={job.error.message} /> : null}
      {job.resumeAt ? (
        <p data-testid="portal-resume-at">{t('resumeAt', { time: timeOf(lang, job.resumeAt) })}</p>
      ) : null}
      <div class="options-row">
        {job.status === 'running' ? (
          <button
            type="button"
            class="button button--secondary"
            data-testid="portal-pause"
            onClick={() => void act('portalPause')}
          >
            {t('pause')}
          </button>
        ) : null}
        {job.status === 'paused' ? (
          <button
            type="button"
            class="button"
            data-testid="portal-resume"
            onClick={() => void act('portalResume')}
          >
            {t('resume')}
          </button>
        ) : null}
      </div>
      <OutcomeTable items={job.items} />
    </div>
  );
}
