/** The background's answer to a message, as the e2e tests read it. */
export interface Envelope<T = unknown> {
  ok: boolean;
  data: T;
  error?: { kind: string; message: string };
}

/** A job as `listJobs` and `startCrawl` describe it (the fields the tests read). */
export interface JobRow {
  id: string;
  status: string;
  progress: { listings: number; pages: number; approximateTotal?: number };
  details?: { status: string; done: number; total: number };
  log?: { path: string; attempt: number; status?: number }[];
}
