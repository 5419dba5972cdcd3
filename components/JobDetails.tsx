import type { ErrorKind } from '@/lib/errors';
import type { JobSummary } from '@/lib/jobs/summary';
import { sendMessage } from '@/lib/messaging/client';
import { ErrorNotice } from './ErrorNotice';
import { useLang, useT } from './i18n';
import { JobStatus } from './JobStatus';
import { useServices } from './services';

/** Props of JobDetails. */
export interface JobDetailsProps {
  job: JobSummary;
  onJob(job: JobSummary): void;
  onError(kind: ErrorKind): void;
}

/** After a crawl: fetch every listing's post details (one at a time, politely), with progress. */
export function JobDetails({ job, onJob, onError }: JobDetailsProps) {
  const t = useT();
  const lang = useLang();
  const { send } = useServices();
  const number = (n: number) => n.toLocaleString(lang === 'fa' ? 'fa-IR' : 'en-US');
  const act = (type: 'startDetails' | 'pauseDetails') =>
    sendMessage<typeof type>(send, { type, jobId: job.id }).then(onJob, (e: { kind?: ErrorKind }) =>
      onError(e.kind ?? 'internal'),
    );
  const { details } = job;
  if (job.status !== 'done' || job.progress.listings === 0) return null;
  if (!details) {
    return (
      <button
        type="button"
        class="button button--small"
        data-testid="fetch-details"
        onClick={() => act('startDetails')}
      >
        {t('job.fetchDetails')}
      </button>
    );
  }
  return (
    <div
      class="job__details"
      data-testid="job-details"
      data-status={details.status}
      data-done={details.done}
    >
      <span>
        {t('job.details')}: {number(details.done)} / {number(details.total)}{' '}
        <JobStatus state={details} />
      </span>
      <progress class="job__bar" max={details.total || 1} value={details.done} />
      {details.error ? (
        <ErrorNotice kind={details.error.kind} detail={details.error.message} />
      ) : null}
      {details.status === 'running' ? (
        <button
          type="button"
          class="button button--small"
          data-testid="details-pause"
          onClick={() => act('pauseDetails')}
        >
          {t('job.pause')}
        </button>
      ) : null}
      {details.status === 'paused' ? (
        <button
          type="button"
          class="button button--small"
          data-testid="details-resume"
          onClick={() => act('startDetails')}
        >
          {t('job.resume')}
        </button>
      ) : null}
    </div>
  );
}
