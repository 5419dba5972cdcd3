import { useEffect, useState } from 'preact/hooks';
import { formatJalali, formatNumber, listSeparator } from '@/lib/i18n/format';
import { latestJobList } from '@/lib/jobs/live-jobs';
import { type JobSummary, jobTitle, withChangedJobs } from '@/lib/jobs/summary';
import { sendMessage } from '@/lib/messaging/client';
import { Data } from './Data';
import { useLang, useT } from './i18n';
import { JobStatus } from './JobStatus';
import { useServices } from './services';

/** Every past and running fetch job, newest first, each reopenable in the results page. */
export function JobsList() {
  const t = useT();
  const lang = useLang();
  const { send, openResults, watchJobs } = useServices();
  const [jobs, setJobs] = useState<JobSummary[] | undefined>();
  useEffect(() => {
    const list = latestJobList(
      () => sendMessage<'listJobs'>(send, { type: 'listJobs' }),
      (listed) => setJobs(listed ?? []),
    );
    list.load();
    // Counts and statuses follow every job's progress while the popup is open: the jobs that
    // changed are put in place; every job is listed again when one is removed or a list is on
    // its way (it may be older than the change).
    return watchJobs?.((changed) =>
      changed && !list.pending()
        ? setJobs((now) => now && withChangedJobs(now, changed))
        : list.load(),
    );
  }, [send, watchJobs]);
  if (!jobs) return null;
  return (
    <details class="card" data-testid="jobs-list">
      <summary class="card__title">
        {t('jobs.title')} ({formatNumber(lang, jobs.length)})
      </summary>
      {jobs.length === 0 ? <p class="muted">{t('jobs.empty')}</p> : null}
      <ul class="jobs">
        {jobs.map((job) => (
          <li key={job.id} data-testid="jobs-row" data-status={job.status}>
            <div>
              <strong>
                <Data text={jobTitle(job, lang)} />
              </strong>
              {listSeparator(lang)}
              <JobStatus state={job} />
              {listSeparator(lang)}
              {formatNumber(lang, job.progress.listings)} {t('job.listings')}
            </div>
            <div class="muted">{formatJalali(lang, new Date(job.createdAt).toISOString())}</div>
            {openResults && job.progress.listings > 0 ? (
              <button
                type="button"
                class="button button--small"
                onClick={() => openResults(job.id)}
              >
                {t('jobs.view')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
