import type { DriftReport } from '../divar/read/drift';
import type { ErrorInfo } from '../errors';
import type { AttemptEvent } from '../http/attempt-event';
import { type Lang, translate } from '../i18n';
import { formatNumber } from '../i18n/format';
import { type StorageChangeEvent, watchKeys } from '../storage/watch-keys';
import type { JobActivity } from './activity';
import type { CrawlJob, DetailsProgress, JobProgress, JobStatus, JobTitles } from './types';

/** What the popup is told about a job: no bodies or cursors, just what a person reads. */
export interface JobSummary {
  id: string;
  kind: 'crawl';
  status: JobStatus;
  url: string;
  title: string;
  titleEn?: string;
  createdAt: number;
  updatedAt: number;
  progress: JobProgress;
  error?: ErrorInfo;
  coverage?: number;
  details?: DetailsProgress;
  /** What divar's answers had that the readers skipped (paths and types only). */
  drift?: DriftReport;
  activity?: JobActivity;
  /** The job's request log (time, path, status, wait), newest last. */
  log?: AttemptEvent[];
}

// The keys' start in storage.session (WXT's `session:` is the area, not part of the key).
const JOB_KEY_PREFIX = 'job:v1:';

/** The storage.session key the popup watches for a job's progress. */
export const jobProgressKey = (id: string) => `session:${JOB_KEY_PREFIX}${id}` as const;

/** Whether a stored value has the shape of a job summary (what the worker writes per job). */
function isJobSummary(value: unknown): value is JobSummary {
  const job = value as Partial<JobSummary> | undefined;
  return (
    typeof job?.id === 'string' &&
    typeof job.url === 'string' &&
    typeof job.status === 'string' &&
    typeof job.createdAt === 'number' &&
    typeof job.progress === 'object'
  );
}

/**
 * Calls `onChange` whenever jobs' progress changes in storage.session, with the summaries that
 * changed (undefined when one was removed or is unreadable: the caller lists every job again);
 * returns the unwatch.
 */
export function watchAnyJob(
  onChanged: StorageChangeEvent,
  onChange: (changed: JobSummary[] | undefined) => void,
): () => void {
  return watchKeys(onChanged, 'session', JOB_KEY_PREFIX, (values) =>
    onChange(values.every(isJobSummary) ? values : undefined),
  );
}

/** `jobs` (newest first) with the `changed` summaries in place, new ones where they belong. */
export function withChangedJobs(jobs: JobSummary[], changed: JobSummary[]): JobSummary[] {
  const byId = new Map(changed.map((job) => [job.id, job]));
  const kept = jobs.map((job) => byId.get(job.id) ?? job);
  const known = new Set(jobs.map((job) => job.id));
  const added = changed.filter((job) => !known.has(job.id));
  if (added.length === 0) return kept;
  return [...added, ...kept].sort((a, b) => b.createdAt - a.createdAt);
}

/** The summary of a job. */
export function summarizeJob(job: CrawlJob): JobSummary {
  const { id, kind, status, url, title, createdAt, updatedAt, progress, error, coverage, details } =
    job;
  const { drift, activity, log, titleEn } = job;
  return {
    id,
    kind,
    status,
    url,
    title,
    ...(titleEn ? { titleEn } : {}),
    createdAt,
    updatedAt,
    progress,
    ...(error ? { error } : {}),
    ...(coverage !== undefined ? { coverage } : {}),
    ...(details ? { details } : {}),
    ...(drift && drift.skipped.length > 0 ? { drift } : {}),
    ...(activity ? { activity } : {}),
    ...(log?.length ? { log } : {}),
  };
}

/** A job's name in the UI language (a job from before English names keeps its Persian one). */
export function jobTitle(job: Pick<JobSummary, 'title' | 'titleEn' | 'url'>, lang: Lang): string {
  return (lang === 'en' ? job.titleEn : undefined) || job.title || job.url;
}

/** The name of a job over `count` posts: «۱۲ آگهی», "12 listings". */
export function postsTitle(count: number): JobTitles {
  const named = (lang: Lang) => `${formatNumber(lang, count)} ${translate(lang, 'job.listings')}`;
  return { fa: named('fa'), en: named('en') };
}
