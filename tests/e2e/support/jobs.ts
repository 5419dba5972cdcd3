import { expect } from '@playwright/test';

/** How a spec sends a message from an extension page (the `sendMessage` fixture). */
type Send = <T>(message: unknown) => Promise<T>;

/** Waits (up to 30 s, a whole crawl of the replica) until the first job listed is done. */
export async function firstJobDone(sendMessage: Send): Promise<void> {
  const status = async () =>
    (await sendMessage<{ data: { status: string }[] }>({ type: 'listJobs' })).data[0]?.status;
  await expect.poll(status, { timeout: 30_000 }).toBe('done');
}
