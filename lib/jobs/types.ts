import type { FormData } from '../divar/form-data';
import type { DriftReport } from '../divar/read/drift';
import type { PaginationCursor, SearchBody } from '../divar/search-body';
import type { ErrorInfo } from '../errors';
import type { AttemptEvent } from '../http/attempt-event';
import type { JobActivity } from './activity';

/** Where a job is in its life. */
export type JobStatus = 'running' | 'paused' | 'done' | 'failed' | 'cancelled';

/** One slice of a search: the base filters plus a range on one key (price bands past the cap). */
export interface Shard {
  /** Filters replaced for this slice, e.g. `{price: number_range}`; empty for the whole search. */
  patch: FormData;
  /** The band's bounds, kept so it can be split again. */
  band?: { key: string; min: number; max: number };
  /** The cursor for the next page; absent before page 1. */
  cursor?: PaginationCursor;
  pages: number;
  /** Results seen in this slice (including ones other slices found first). */
  found: number;
  /** divar's approximate count for this slice, when asked. */
  approx?: number;
  /** Not counted before page 1 (split for speed, under the cap): page 1's own count is taken. */
  countFromPage?: boolean;
  isDone: boolean;
  /** The districts this slice covers, when it was split by district. */
  districts?: string[];
  /** Whether real results ran out before divar's count (the depth cap). */
  hitCap?: boolean;
}

/** What the popup shows while a job runs. */
export interface JobProgress {
  pages: number;
  listings: number;
  /** Recommendation cards seen and left out. */
  recommendationsSkipped: number;
  approximateTotal?: number;
  shards: number;
  shardsDone: number;
}

/** Where fetching the details of a job's listings is; `done` is also the resume point. */
export interface DetailsProgress {
  status: Extract<JobStatus, 'running' | 'paused' | 'done'>;
  done: number;
  total: number;
  /** Posts divar answered 404 for (removed since the crawl); their cards are kept, tagged. */
  removed?: number;
  /** The first removed posts, to list them (token and title). */
  removedPosts?: { token: string; title: string }[];
  /** Posts whose answer could not be read at all; their cards are kept as they were. */
  failed?: number;
  error?: ErrorInfo;
  /** Fetching or waiting (why, until when) while running. */
  activity?: JobActivity;
}

/** A job's name in each UI language («فروش آپارتمان، تهران» / "Apartment for sale, Tehran"). */
export interface JobTitles {
  fa: string;
  en: string;
}

/** A crawl of a whole search, persisted after every page so it can resume anywhere. */
export interface CrawlJob {
  id: string;
  kind: 'crawl';
  status: JobStatus;
  /** The divar.ir URL the user started from, and the body of its page 1. */
  url: string;
  body: SearchBody;
  /** The job's name in Persian (also the name of jobs made before titles had two languages). */
  title: string;
  /** Its name in English, when it has one. */
  titleEn?: string;
  createdAt: number;
  updatedAt: number;
  progress: JobProgress;
  shards: Shard[];
  /** District ids to split the search by past the cap (the search's own, or its city's). */
  districtPool?: string[];
  /** Results one slice can return before divar's depth cap, learned from the first capped slice. */
  capEstimate?: number;
  /** Why the job paused or failed; cleared on resume. */
  error?: ErrorInfo;
  /** Fetching or waiting (why, until when) while running. */
  activity?: JobActivity;
  /** The last requests of the job and its details run: time, path, status, wait, retry. */
  log?: AttemptEvent[];
  /** For a map-mode URL (`map_bbox`): the box, fetched as map pins instead of pages. */
  mapBbox?: number[];
  /** When the user last exported this job's results (their cards get an "exported" mark). */
  exportedAt?: number;
  /** Post details (posts-v2) for every listing, fetched after the crawl on request. */
  details?: DetailsProgress;
  /** Fields of divar's answers this job skipped as not understood, over all its pages and posts. */
  drift?: DriftReport;
  /** Fraction of divar's approximate count that was found, once done. */
  coverage?: number;
}

/** Any persisted job (more kinds join later: details, contacts). */
export type Job = CrawlJob;
