import type { WxtStorage } from 'wxt/utils/storage';
import { createCollectionStore } from '../collections/store';
import { createContactBudget } from '../divar/contact-budget';
import { describeSearch } from '../divar/search-info';
import { createDivarSession } from '../divar/session';
import { createDivarWebApi, type DivarWebApi } from '../divar/web-api';
import { systemClock } from '../http/clock';
import { createRateLimiter } from '../http/rate-limiter';
import { createHttp } from '../http/request';
import type { JobHandlerDeps } from '../jobs/handlers';
import { createJobManager } from '../jobs/manager';
import { listingOfPost, readSearchPage } from '../jobs/read-page';
import { openJobStore } from '../jobs/store';
import { jobProgressKey, summarizeJob } from '../jobs/summary';
import { loadPoliteness, POLITENESS_KEY } from '../settings/politeness';
import type { TabPagesStore } from '../tabs/tab-pages';

type Browser = typeof import('wxt/browser').browser;

/**
 * Builds the web API client (one politeness budget for api.divar.ir, shared by every job and by
 * watched searches through `search`) and the job manager, and resumes jobs that were running
 * when the service worker stopped.
 */
export function createJobDeps(
  browser: Browser,
  storage: WxtStorage,
  tabPages: TabPagesStore,
): JobHandlerDeps & { search: DivarWebApi['search'] } {
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
  const store = openJobStore();
  const manager = store.then(async (jobStore) => {
    const created = createJobManager({
      search: (body, signal) => api.search(body, signal),
      count: (body, signal) => api.count(body, signal),
      districts: async (body, signal) => (await api.districts(body, signal)).map((d) => d.id),
      readPage: readSearchPage,
      postListing: async (token, signal) => listingOfPost(await api.post(token, signal)),
      viewport: (body, bbox, signal) => api.viewport(body, bbox, signal),
      store: jobStore,
      now: Date.now,
      newId: () => crypto.randomUUID(),
      // A storage write per page also keeps the MV3 worker alive while a job runs.
      onProgress: (job) => storage.setItem(jobProgressKey(job.id), summarizeJob(job)),
    });
    await created.resumeAll();
    return created;
  });
  return {
    manager,
    store,
    async describeSearch(url, tabId) {
      const record = tabId === undefined ? undefined : await tabPages.get(tabId);
      return describeSearch(url, record?.page.url === url ? record.pageState : undefined);
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
