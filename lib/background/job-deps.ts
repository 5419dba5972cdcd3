import type { WxtStorage } from 'wxt/utils/storage';
import { createCollectionStore } from '../collections/store';
import { createContactBudget } from '../divar/contact-budget';
import type { PageSearchState, StateMissing } from '../divar/page-state';
import { describeSearch } from '../divar/search-info';
import { createDivarSession } from '../divar/session';
import { createDivarWebApi, type DivarWebApi } from '../divar/web-api';
import { createRecrawlMarker, recordingJobStore } from '../history/job-recorder';
import type { HistoryService } from '../history/service';
import { systemClock } from '../http/clock';
import { createRateLimiter } from '../http/rate-limiter';
import { createHttp } from '../http/request';
import type { JobHandlerDeps } from '../jobs/handlers';
import { anyRunning, createJobManager, type JobManager } from '../jobs/manager';
import { listingOfPost, readSearchPage } from '../jobs/read-page';
import { openJobStore } from '../jobs/store';
import { jobProgressKey, summarizeJob } from '../jobs/summary';
import { pageProgressOf, showsJobSearch } from '../jobs/tab-progress';
import type { CrawlJob } from '../jobs/types';
import { loadPoliteness, POLITENESS_KEY } from '../settings/politeness';
import type { Badge } from './badge';
import { createHeartbeat, type Heartbeat } from './heartbeat';

type Browser = typeof import('wxt/browser').browser;

/** Tells every divar.ir tab showing a job's search how the job goes (its Fetch all button shows it). */
async function tellTabs(browser: Browser, job: CrawlJob): Promise<void> {
  const tabs = await browser.tabs.query({ url: 'https://divar.ir/*' }).catch(() => []);
  const message = pageProgressOf(job);
  for (const tab of tabs)
    if (tab.id !== undefined && showsJobSearch(tab.url, job.url))
      await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
}

/** Long work of another feature the heartbeat keeps going (portal pushes). */
export interface LongWork {
  hasWork(): Promise<boolean>;
  resume(): Promise<unknown>;
}

/**
 * Builds the web API client (one politeness budget for api.divar.ir, shared by every job and by
 * watched searches through `search`) and the job manager, and resumes jobs that were running
 * when the service worker stopped; the heartbeat also keeps `more` (other features' long work) going.
 */
export function createJobDeps(
  browser: Browser,
  storage: WxtStorage,
  /** A tab's own filters for a search URL, or why they are not known (TabPageService). */
  pageState: (tabId: number, url: string) => Promise<PageSearchState | StateMissing>,
  badge: Pick<Badge, 'setRunning'>,
  more: LongWork[] = [],
  history?: Pick<HistoryService, 'record' | 'markRemoved'>,
): JobHandlerDeps & { search: DivarWebApi['search']; heartbeat: Heartbeat } {
  const politeness = loadPoliteness(storage);
  const limiter = politeness.then((p) =>
    createRateLimiter(
      { ratePerSecond: p.ratePerSecond, burst: 1, jitter: 0.1 },
      systemClock,
      Math.random,
    ),
  );
  // A change in the options page applies at once, to every job and watched search.
  storage.watch<unknown>(POLITENESS_KEY, () => {
    void Promise.all([limiter, loadPoliteness(storage)]).then(([l, p]) =>
      l.setCeiling(p.ratePerSecond),
    );
  });
  const session = createDivarSession(
    async (name) => (await browser.cookies.get({ url: 'https://divar.ir/', name }))?.value,
  );
  const requestAfterSettings = limiter.then((apiLimiter) =>
    createHttp(
      {
        fetch: (input, init) => fetch(input, init),
        clock: systemClock,
        random: Math.random,
        limiterFor: (host) => (host === 'api.divar.ir' ? apiLimiter : undefined),
      },
      { timeoutMs: 15_000, retries: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 },
    ),
  );
  const api = createDivarWebApi({ request: async (r) => (await requestAfterSettings)(r), session });
  // Every page a crawl saves and every post details read also goes into the listing history.
  const store = openJobStore().then((s) => (history ? recordingJobStore(s, history) : s));
  const markRecrawl = history ? createRecrawlMarker(store, history) : undefined;
  // Wakes a stopped worker every 30 s while a job is unfinished; the wake-up resumes it.
  const heartbeat = createHeartbeat({
    alarms: browser.alarms,
    hasWork: async () =>
      (await manager).hasRunning() ||
      (await Promise.all(more.map((work) => work.hasWork()))).some(Boolean),
    resume: async () =>
      Promise.all([(await manager).resumeAll(), ...more.map((work) => work.resume())]),
  });
  const manager: Promise<JobManager> = store.then(async (jobStore) => {
    const apiLimiter = await limiter;
    const created = createJobManager({
      search: (body, signal, onAttempt) => api.search(body, signal, onAttempt),
      count: (body, signal, onAttempt) => api.count(body, signal, onAttempt),
      districts: async (body, signal, onAttempt) =>
        (await api.districts(body, signal, onAttempt)).map((d) => d.id),
      readPage: readSearchPage,
      postListing: async (token, signal, onAttempt) =>
        listingOfPost(await api.post(token, signal, onAttempt)),
      viewport: (body, bbox, signal) => api.viewport(body, bbox, signal),
      // A slow divar: the crawl splits by district at once to fill this budget with shard cursors.
      budget: () => apiLimiter.rate(),
      store: jobStore,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      // A storage write per page also keeps the MV3 worker alive while a job runs.
      onProgress: async (job) => {
        await storage.setItem(jobProgressKey(job.id), summarizeJob(job));
        // From the store, not the manager: this runs while the manager is still resuming jobs.
        const running = await anyRunning(jobStore);
        if (running) await heartbeat.arm();
        await badge.setRunning(running);
        await tellTabs(browser, job);
        await markRecrawl?.(job);
      },
    });
    // The resume pass of every worker start: whatever woke it, running jobs go on at once.
    await created.resumeAll();
    return created;
  });
  void manager.then(() => heartbeat.sync());
  return {
    manager,
    heartbeat,
    store,
    async describeSearch(url, tabId) {
      return describeSearch(url, tabId === undefined ? undefined : await pageState(tabId, url));
    },
    count: (body) => api.count(body),
    collection: createCollectionStore(storage, Date.now),
    clearStorage: async () => {
      await Promise.all([
        browser.storage.local.clear(),
        browser.storage.sync.clear(),
        browser.storage.session.clear(),
        browser.alarms.clearAll(),
      ]);
    },
    openPage: async (path) =>
      void (await browser.tabs.create({ url: browser.runtime.getURL(path as '/results.html') })),
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    postDetails: async (token) => listingOfPost(await api.post(token)),
    contact: (token) => api.contact(token),
    search: (body, signal) => api.search(body, signal),
    contactBudget: createContactBudget(
      storage,
      Date.now,
      async () => (await loadPoliteness(storage)).dailyContacts,
    ),
  };
}
