import type { ErrorKind } from '@/lib/errors';
import { formatNumber, joinParts } from '@/lib/i18n/format';
import type { JobSummary } from '@/lib/jobs/summary';
import { sendMessage } from '@/lib/messaging/client';
import { ErrorNotice } from './ErrorNotice';
import { useLang, useT } from './i18n';
import { JobStatus } from './JobStatus';
import { RemovedPosts } from './RemovedPosts';
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
  const number = (n: number) => formatNumber(lang, n);
  const act = (type: 'startDetails' | 'pauseDetails') =>
    sendMessage<typeof type>(send, { type, jobId: job.id }).then(onJob, (e: { kind?: ErrorKind }) =>
      onError(e.kind ?? 'internal'),
    );
  const { details } = job;
  if (job.status !== 'done' || job.progress.listings === 0) return null;
  const removed = details?.removed ?? 0;
  const failed = details?.failed ?? 0;
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
      data-removed={removed}
      data-failed={failed}
    >
      <span id={`details-${job.id}`}>
        {t('job.details')}: <JobStatus state={details} />
      </span>
      <progress
        class="job__bar"
        max={details.total || 1}
        value={details.done}
        aria-labelledby={`details-${job.id}`}
      />
      <p class="muted" data-testid="details-counts">
        {joinParts(lang, [
          `${number(details.done - removed - failed)} ${t('details.read')}`,
          removed > 0 && `${number(removed)} ${t('details.removed')}`,
          failed > 0 && `${number(failed)} ${t('details.failed')}`,
          details.total > details.done &&
            `${number(details.total - details.done)} ${t('details.left')}`,
        ])}
      </p>
      <RemovedPosts posts={details.removedPosts ?? []} count={removed} />
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
