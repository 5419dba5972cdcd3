import { expect, type Worker } from '@playwright/test';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

/** How a spec sends a message from an extension page (the `sendMessage` fixture). */
type Send = <T>(message: unknown) => Promise<T>;

interface Envelope<T> {
  ok: boolean;
  data: T;
}

/** Waits (up to 30 s, a whole crawl of the replica) until the first job listed is done. */
export async function firstJobDone(sendMessage: Send): Promise<void> {
  const status = async () =>
    (await sendMessage<{ data: { status: string }[] }>({ type: 'listJobs' })).data[0]?.status;
  await expect.poll(status, { timeout: 30_000 }).toBe('done');
}

/**
 * A faster pace than the default 1 request/s (4/s, as every crawl test uses), so tests stay
 * short; the worker reads it when it starts, so it is stopped here.
 */
export async function fastPace(worker: Worker, stopWorker: () => Promise<void>): Promise<void> {
  await worker.evaluate(() =>
    chrome.storage.sync.set({ 'politeness:v1': { ratePerSecond: 4, dailyContacts: 10 } }),
  );
  await stopWorker();
}

/** Starts "Fetch all" of `url` and returns the job's id once it is done (up to 40 s). */
export async function crawlDone(sendMessage: Send, url: string): Promise<string> {
  const started = await sendMessage<Envelope<{ id: string }>>({ type: 'startCrawl', url });
  const id = started.data.id;
  const status = async () =>
    (await sendMessage<Envelope<{ id: string; status: string }[]>>({ type: 'listJobs' })).data.find(
      (j) => j.id === id,
    )?.status;
  await expect.poll(status, { timeout: 40_000, intervals: [250] }).toBe('done');
  return id;
}
