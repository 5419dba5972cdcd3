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

/** The storage.session key the popup watches for a job's progress. */
export const jobProgressKey = (id: string) => `session:job:v1:${id}` as const;

/** Calls `onChange` whenever any job's progress changes in storage.session; returns the unwatch. */
export function watchAnyJob(onChanged: StorageChangeEvent, onChange: () => void): () => void {
  return watchKeys(onChanged, 'session', 'job:v1:', onChange);
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
