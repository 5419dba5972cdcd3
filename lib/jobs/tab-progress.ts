import { phaseOf } from './activity';
import type { CrawlJob } from './types';

/**
 * What a divar.ir tab showing a job's search is told of it, for the toolbar's Fetch all button:
 * no body, cursor or log, only what the button says. Sent by the background, never by a page.
 */
export interface PageProgress {
  type: 'jobProgress';
  url: string;
  phase: ReturnType<typeof phaseOf>;
  listings: number;
  total?: number;
  /** When a wait ends (ms since epoch), while waiting. */
  until?: number;
}

/** The toolbar's view of a job. */
export function pageProgressOf(job: CrawlJob): PageProgress {
  const { activity } = job;
  return {
    type: 'jobProgress',
    url: job.url,
    phase: phaseOf(job),
    listings: job.progress.listings,
    ...(job.progress.approximateTotal ? { total: job.progress.approximateTotal } : {}),
    ...(activity?.state === 'waiting' && activity.until ? { until: activity.until } : {}),
  };
}

/** Whether a tab's URL shows the search a job was started from (the fragment aside). */
export function showsJobSearch(tabUrl: string | undefined, jobUrl: string): boolean {
  if (!tabUrl) return false;
  return tabUrl.split('#')[0] === jobUrl.split('#')[0];
}
