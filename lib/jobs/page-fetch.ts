import type { JobSummary } from './summary';

/** What the page's "Fetch all" button is told: the search's job, and whether this press started it. */
export interface PageFetchAnswer {
  job: JobSummary;
  started: boolean;
}

/** What createPageFetch needs: the jobs, starting a crawl, and showing a tab's job progress. */
export interface PageFetchDeps {
  listJobs(): Promise<JobSummary[]>;
  start(url: string, tabId: number): Promise<JobSummary>;
  /** Opens the extension's view of a tab (the popup in a tab), where its job's progress shows. */
  showTab(tabId: number): Promise<void>;
}

const isUnfinished = (job: JobSummary) => job.status === 'running' || job.status === 'paused';

/**
 * "Fetch all" from a divar.ir page, at most one crawl per search at a time: while this search's
 * crawl runs (or is paused), a second press reopens its progress instead of starting another, and
 * presses racing each other share one answer.
 */
export function createPageFetch(deps: PageFetchDeps) {
  const inFlight = new Map<string, Promise<PageFetchAnswer>>();
  const fetchOnce = async (url: string, tabId: number): Promise<PageFetchAnswer> => {
    const running = (await deps.listJobs()).find((job) => job.url === url && isUnfinished(job));
    if (!running) return { job: await deps.start(url, tabId), started: true };
    await deps.showTab(tabId);
    return { job: running, started: false };
  };
  return (url: string, tabId: number): Promise<PageFetchAnswer> => {
    let answer = inFlight.get(url);
    if (!answer) {
      answer = fetchOnce(url, tabId).finally(() => inFlight.delete(url));
      inFlight.set(url, answer);
    }
    return answer;
  };
}
