import { useEffect, useRef, useState } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import { listSeparator } from '@/lib/i18n/format';
import { latestJobList } from '@/lib/jobs/live-jobs';
import type { JobSummary } from '@/lib/jobs/summary';
import { fractionDone, secondsLeft } from '@/lib/jobs/time-left';
import { sendMessage } from '@/lib/messaging/client';
import { DriftNotice } from './DriftNotice';
import { ErrorNotice } from './ErrorNotice';
import { useLang, useT } from './i18n';
import { JobDetails } from './JobDetails';
import { JobLog } from './JobLog';
import { JobStatus } from './JobStatus';
import { useServices } from './services';
import { useNow } from './use-now';

/** Props of JobPanel. */
export interface JobPanelProps {
  /** The search page URL, and its tab (so the background can use the page's own filters). */
  url: string;
  tabId: number | undefined;
  onError(kind: ErrorKind): void;
}

/** "Fetch all" for a search, then its progress: pages, listings, time left, pause/resume/cancel. */
export function JobPanel({ url, tabId, onError }: JobPanelProps) {
  const t = useT();
  const lang = useLang();
  const { send, watchJob, watchJobs, openResults } = useServices();
  const [job, setJob] = useState<JobSummary | undefined>();
  const act = (run: () => Promise<JobSummary>) =>
    run().then(setJob, (e: { kind?: ErrorKind }) => onError(e.kind ?? 'internal'));
  // The job shown now: its own progress comes through watchJob, not through the whole list.
  const shown = useRef<string | undefined>(undefined);
  shown.current = job?.id;
  useEffect(() => {
    const list = latestJobList(
      () => sendMessage<'listJobs'>(send, { type: 'listJobs' }),
      (jobs) => jobs && setJob(jobs.find((j) => j.url === url)),
    );
    list.load();
    // A crawl of this search started elsewhere (the page's own button) shows up here too: the
    // list is asked again when another job of this search changed, when a job was removed, or
    // when a list is on its way (it may be older than the change).
    return watchJobs?.((changed) => {
      const another = changed?.some((j) => j.url === url && j.id !== shown.current);
      if (!changed || another || list.pending()) list.load();
    });
  }, [url, send, watchJobs]);
  useEffect(() => (job ? watchJob(job.id, setJob) : undefined), [job?.id, watchJob]);
  const now = useNow(job?.status === 'running', 5000);
  // Fetch all turns into the job panel: the keyboard's focus moves to its status, not to <body>.
  const focusStatus = useRef(false);
  const statusLine = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!job || !focusStatus.current) return;
    focusStatus.current = false;
    statusLine.current?.focus();
  }, [job?.id]);
  const number = (n: number) => n.toLocaleString(lang === 'fa' ? 'fa-IR' : 'en-US');
  if (!job || job.status === 'cancelled') {
    return (
      <button
        type="button"
        class="button"
        data-testid="fetch-all"
        onClick={() => {
          focusStatus.current = true;
          act(() => sendMessage<'startCrawl'>(send, { type: 'startCrawl', url, tabId }));
        }}
      >
        {t('job.fetchAll')}
      </button>
    );
  }
  const left = secondsLeft(job, now);
  const comma = listSeparator(lang);
  const { progress } = job;
  return (
    <div class="job" data-testid="job" data-status={job.status} data-listings={progress.listings}>
      <div
        class="job__line"
        id={`job-line-${job.id}`}
        ref={statusLine}
        tabIndex={-1}
        data-testid="job-line"
      >
        <JobStatus state={job} live />
        <span data-testid="job-count">
          {number(progress.listings)} {t('job.listings')}
          {progress.approximateTotal ? ` ${t('job.of')} ${number(progress.approximateTotal)}` : ''}
          {comma}
          {number(progress.pages)} {t('job.pages')}
          {left !== undefined ? `${comma}${number(left)} ${t('job.secondsLeft')}` : ''}
        </span>
      </div>
      <progress
        class="job__bar"
        max={1}
        value={fractionDone(job)}
        aria-labelledby={`job-line-${job.id}`}
      />
      {job.error ? <ErrorNotice kind={job.error.kind} detail={job.error.message} /> : null}
      <DriftNotice drift={job.drift} context={job.url} onError={onError} />
      <div class="actions">
        {job.status === 'running' ? (
          <button
            type="button"
            class="button button--small"
            data-testid="job-pause"
            onClick={() =>
              act(() => sendMessage<'pauseJob'>(send, { type: 'pauseJob', jobId: job.id }))
            }
          >
            {t('job.pause')}
          </button>
        ) : null}
        {job.status === 'paused' || job.status === 'failed' ? (
          <button
            type="button"
            class="button button--small"
            data-testid="job-resume"
            onClick={() =>
              act(() => sendMessage<'resumeJob'>(send, { type: 'resumeJob', jobId: job.id }))
            }
          >
            {t('job.resume')}
          </button>
        ) : null}
        {job.status === 'running' || job.status === 'paused' ? (
          <button
            type="button"
            class="button button--small button--quiet"
            data-testid="job-cancel"
            onClick={() =>
              act(() => sendMessage<'cancelJob'>(send, { type: 'cancelJob', jobId: job.id }))
            }
          >
            {t('job.cancel')}
          </button>
        ) : null}
        {job.status === 'done' ? (
          <button
            type="button"
            class="button button--small"
            data-testid="fetch-again"
            onClick={() =>
              act(() => sendMessage<'startCrawl'>(send, { type: 'startCrawl', url, tabId }))
            }
          >
            {t('job.fetchAgain')}
          </button>
        ) : null}
        {openResults && progress.listings > 0 ? (
          <button
            type="button"
            class="button button--small"
            data-testid="view-results"
            onClick={() => openResults(job.id)}
          >
            {t('results.view')}
          </button>
        ) : null}
      </div>
      <JobDetails job={job} onJob={setJob} onError={onError} />
      <JobLog log={job.log} />
      {job.status === 'done' && job.coverage !== undefined ? (
        <p class="muted" data-testid="job-coverage">
          {t('job.coverage')}: {number(Math.round(job.coverage * 100))}
          {t('unit.percent')}
          {comma}
          {number(progress.recommendationsSkipped)} {t('job.skipped')}
        </p>
      ) : null}
    </div>
  );
}
