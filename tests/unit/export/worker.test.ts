import { describe, expect, it } from 'vitest';
import { exportInWorker, type WorkerLike } from '@/lib/export/run-in-worker';
import { readShown, runExport } from '@/lib/export/worker-main';
import type { ExportReply, ExportRequest } from '@/lib/export/worker-protocol';
import { makeListing } from './listings';

const all = Array.from({ length: 4500 }, (_, i) =>
  makeListing({ token: `t${i}`, title: `آگهی ${i}`, price: i * 1000 }),
);
const store = {
  listings: async (jobId: string, offset: number, limit: number) =>
    jobId === 'job1' ? all.slice(offset, offset + limit) : [],
};
const request = (patch: Partial<ExportRequest> = {}): ExportRequest => ({
  jobId: 'job1',
  tokens: ['t4499', 't3', 't2000', 'gone'],
  format: 'jsonl',
  columnKeys: ['token', 'price'],
  lang: 'fa',
  ...patch,
});

describe('the export Worker', () => {
  it('reads the shown rows from the store page by page, in the order asked, skipping unknown ones', async () => {
    const seen: number[] = [];
    const rows = await readShown(store, request(), (done) => void seen.push(done));
    expect(rows.map((l) => l.token)).toEqual(['t4499', 't3', 't2000']);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('posts reading and writing progress, then the file', async () => {
    const replies: ExportReply[] = [];
    const tokens = all.map((l) => l.token).reverse();
    await runExport(store, request({ tokens }), (reply) => void replies.push(reply));
    const done = replies.at(-1);
    expect(done?.type).toBe('done');
    const text = done?.type === 'done' ? await done.blob.text() : '';
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.token)).toEqual(tokens);
    expect(lines[0]).toEqual({ token: 't4499', price: 4_499_000 });
    const phases = replies.flatMap((r) => (r.type === 'progress' ? [r.phase] : []));
    expect(phases).toContain('reading');
    expect(phases.filter((p) => p === 'writing').length).toBe(3);
  });

  it('says it failed rather than throwing', async () => {
    const replies: ExportReply[] = [];
    const broken = { listings: () => Promise.reject(new Error('quota')) };
    await runExport(broken, request(), (reply) => void replies.push(reply));
    expect(replies).toEqual([{ type: 'failed', message: 'quota' }]);
  });
});

/** A Worker that answers with `replies` when asked, and notes whether it was terminated. */
function fakeWorker(replies: ExportReply[]) {
  const worker: WorkerLike & { terminated: boolean; asked?: ExportRequest } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      worker.asked = message;
      queueMicrotask(() => {
        for (const data of replies) worker.onmessage?.({ data } as MessageEvent<ExportReply>);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('exportInWorker', () => {
  it('passes progress on, resolves with the file and ends the Worker', async () => {
    const blob = new Blob(['x']);
    const worker = fakeWorker([
      { type: 'progress', phase: 'writing', done: 1, total: 2 },
      { type: 'done', blob },
    ]);
    const progress: number[] = [];
    const running = exportInWorker(
      () => worker,
      request(),
      (p) => void progress.push(p.done),
    );
    await expect(running.result).resolves.toBe(blob);
    expect(progress).toEqual([1]);
    expect(worker.asked?.format).toBe('jsonl');
    expect(worker.terminated).toBe(true);
  });

  it('resolves undefined on cancel, ending the Worker at once', async () => {
    const worker = fakeWorker([]);
    const running = exportInWorker(
      () => worker,
      request(),
      () => {},
    );
    running.cancel();
    await expect(running.result).resolves.toBeUndefined();
    expect(worker.terminated).toBe(true);
  });

  it('rejects with an internal error when the Worker fails', async () => {
    const worker = fakeWorker([{ type: 'failed', message: 'quota' }]);
    const running = exportInWorker(
      () => worker,
      request(),
      () => {},
    );
    await expect(running.result).rejects.toMatchObject({ kind: 'internal', message: 'quota' });
  });
});
