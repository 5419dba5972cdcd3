import type { CollectionStore } from '../collections/store';
import { formatSearch } from '../divar/copy-as';
import type { Listing } from '../divar/listing/types';
import { parsePostUrl } from '../divar/post-url';
import type { SearchBody } from '../divar/search-body';
import type { SearchInfo } from '../divar/search-info';
import { searchTitle } from '../divar/search-title';
import type { ContactInfo } from '../divar/web-api';
import { AppError } from '../errors';
import type { Handler } from '../messaging/router';
import type { JobManager } from './manager';
import { createPageFetch } from './page-fetch';
import type { JOBS_PROTOCOL } from './protocol';
import type { JobStore } from './store';
import { postsTitle, summarizeJob } from './summary';

/** What the job handlers are built from (promises: IndexedDB opens asynchronously). */
export interface JobHandlerDeps {
  manager: Promise<JobManager>;
  store: Promise<JobStore>;
  /** The search a URL means, with the tab's own page state when the tab shows that URL. */
  describeSearch(url: string, tabId: number | undefined): Promise<SearchInfo>;
  /** divar's approximate number of results for a search body. */
  count(body: SearchBody): Promise<number>;
  /** Empties every storage area and alarm (settings, Kenar keys and tokens, watches). */
  clearStorage(): Promise<void>;
  collection: CollectionStore;
  /** Opens an extension page in a new tab. */
  openPage(path: string): Promise<void>;
  /** The URL a tab shows (for messages from the page buttons, which name no URL). */
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Normalised details of one post (posts-v2). */
  postDetails(token: string): Promise<Listing>;
  contact(token: string): Promise<ContactInfo>;
  contactBudget: {
    check(): Promise<void>;
    spend(): Promise<{ usedToday: number; dailyCap: number }>;
  };
}

type JobHandlers = { [K in keyof typeof JOBS_PROTOCOL]: Handler<K> };

const mustExist = <T>(value: T | undefined, id: string): T => {
  if (value === undefined) throw new AppError('not-found', `no job ${id}`);
  return value;
};

/** The background's handlers for job and web-API messages. */
export function createJobHandlers(deps: JobHandlerDeps): JobHandlers {
  const startCrawl = async (url: string, tabId: number | undefined) => {
    const search = await deps.describeSearch(url, tabId);
    if (!search.ok)
      throw new AppError('bad-search-url', search.errors.map((e) => e.message).join('; '));
    const title = { fa: searchTitle(search.query, 'fa'), en: searchTitle(search.query, 'en') };
    // A map-mode URL (map_bbox) means "what is on the map": fetch the box's pins, with coordinates.
    const { mapBbox } = search.query;
    return summarizeJob(await (await deps.manager).start(url, search.body, title, mapBbox));
  };
  const pageFetch = createPageFetch({
    listJobs: async () => (await (await deps.store).listJobs()).map(summarizeJob),
    start: startCrawl,
    showTab: (tabId) => deps.openPage(`/popup.html?tab=${tabId}`),
  });
  return {
    startCrawl: ({ url, tabId }) => startCrawl(url, tabId),
    async pageFetchAll(_request, from) {
      const url = from.tabId === undefined ? undefined : await deps.tabUrl(from.tabId);
      if (!url || from.tabId === undefined) throw new AppError('no-tab', 'the page has no tab');
      return pageFetch(url, from.tabId);
    },
    async pageRequestText({ format }, from) {
      const url = from.tabId === undefined ? undefined : await deps.tabUrl(from.tabId);
      if (!url) throw new AppError('no-tab', 'the page has no tab');
      const search = await deps.describeSearch(url, from.tabId);
      if (!search.ok)
        throw new AppError('bad-search-url', search.errors.map((e) => e.message).join('; '));
      return { text: formatSearch(format, search.body) };
    },
    startDetails: async ({ jobId }) => summarizeJob(await (await deps.manager).startDetails(jobId)),
    pauseDetails: async ({ jobId }) => summarizeJob(await (await deps.manager).pauseDetails(jobId)),
    async searchCount({ url, tabId }) {
      const search = await deps.describeSearch(url, tabId);
      if (!search.ok)
        throw new AppError('bad-search-url', search.errors.map((e) => e.message).join('; '));
      return { count: await deps.count(search.body) };
    },
    async pageDetailsJson(_request, from) {
      const post = from.tabUrl ? parsePostUrl(from.tabUrl) : undefined;
      if (!post) throw new AppError('not-divar-url', 'this tab is not a divar.ir post page');
      return { text: JSON.stringify(await deps.postDetails(post.token), null, 2) };
    },
    startTokens: async ({ tokens, title }) =>
      summarizeJob(
        await (await deps.manager).startTokens(
          [...new Set(tokens)],
          title ?? postsTitle(new Set(tokens).size),
        ),
      ),
    async pageOpenResults(_request, from) {
      const jobs = await (await deps.store).listJobs();
      const job = jobs.find((j) => j.url === from.tabUrl && j.progress.listings > 0);
      if (!job)
        throw new AppError(
          'not-found',
          'no fetched results for this search yet: press Fetch all first',
        );
      await deps.openPage(`/results.html?job=${encodeURIComponent(job.id)}`);
      return { jobId: job.id };
    },
    collectionGet: () => deps.collection.read(),
    collectionClear: () => deps.collection.clear(),
    async pageKnownTokens({ tokens }) {
      const [collection, store] = [await deps.collection.read(), await deps.store];
      const [exportedIds, holding] = await Promise.all([
        store.exportedJobIds(),
        store.jobsHolding(tokens),
      ]);
      const exportedJobs = new Set(exportedIds);
      const collected = new Set(collection.tokens);
      return {
        collected: tokens.filter((token) => collected.has(token)),
        fetched: tokens.filter((token) => holding.has(token)),
        exported: tokens.filter((token) => holding.get(token)?.some((id) => exportedJobs.has(id))),
      };
    },
    async pageOpenDetails(_request, from) {
      const post = from.tabUrl ? parsePostUrl(from.tabUrl) : undefined;
      if (!post || !from.tabUrl)
        throw new AppError('not-divar-url', 'this tab is not a divar.ir post page');
      await deps.openPage(`/popup.html?url=${encodeURIComponent(from.tabUrl)}`);
      return { opened: true as const };
    },
    async jobExported({ jobId }) {
      const store = await deps.store;
      const job = mustExist(await store.getJob(jobId), jobId);
      const exportedAt = Date.now();
      await store.putJob({ ...job, exportedAt });
      return { exportedAt };
    },
    pauseJob: async ({ jobId }) => summarizeJob(await (await deps.manager).pause(jobId)),
    resumeJob: async ({ jobId }) => summarizeJob(await (await deps.manager).resume(jobId)),
    cancelJob: async ({ jobId }) => summarizeJob(await (await deps.manager).cancel(jobId)),
    listJobs: async () => (await (await deps.store).listJobs()).map(summarizeJob),
    async jobListings({ jobId, offset, limit }) {
      const store = await deps.store;
      mustExist(await store.getJob(jobId), jobId);
      return {
        total: await store.countListings(jobId),
        listings: await store.listings(jobId, offset, limit),
      };
    },
    postDetails: ({ token }) => deps.postDetails(token),
    async postContact({ token }) {
      await deps.contactBudget.check();
      const info = await deps.contact(token);
      return { ...info, ...(await deps.contactBudget.spend()) };
    },
  };
}
