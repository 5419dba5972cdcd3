import { describe, expect, it } from 'vitest';
import type { ExportPrefs } from '@/lib/export/prefs';
import type { JobStore } from '@/lib/jobs/store';
import { contextLoader } from '@/lib/results/page-context';
import { startResultsLoads } from '@/lib/results/start-loads';
import { makeListing } from '../export/listings';

const prefs = { columns: [] } as unknown as ExportPrefs;
const changes = {
  previousJobId: 'j0',
  previousAt: 1,
  added: ['aaaaaaaa'],
  removed: [],
  changed: [],
};

/** A background that answers `listJobs` and, as told, `jobChanges`; it notes what was asked. */
function background(answer: { ok: boolean; data?: unknown; error?: unknown }) {
  const asked: string[] = [];
  const send = async (message: unknown) => {
    const { type } = message as { type: string };
    asked.push(type);
    if (type === 'listJobs') return { ok: true, data: [{ id: 'j1', title: 'ویلا' }] };
    if (type === 'jobChanges') return answer;
    throw new Error(`unexpected ${type}`);
  };
  return { send, asked };
}

describe('contextLoader', () => {
  it('gives the job and export choices without asking what changed, which the page asks later', async () => {
    const { send, asked } = background({ ok: true, data: changes });
    const context = await contextLoader(send, async () => prefs)('j1');
    expect(context.job).toMatchObject({ id: 'j1' });
    expect(context.prefs).toBe(prefs);
    expect(asked).toEqual(['listJobs']); // the background is not reading both runs meanwhile
    expect(await context.changes()).toEqual(changes);
    expect(asked).toEqual(['listJobs', 'jobChanges']);
  });

  it('takes a failed question for what changed as unknown, never as a failed page', async () => {
    const { send } = background({ ok: false, error: { kind: 'internal', message: 'x' } });
    const context = await contextLoader(send, async () => prefs)('j1');
    expect(await context.changes()).toBeNull();
  });
});

describe('startResultsLoads', () => {
  it('reads the job and its first rows from the jobs database, never waiting on the worker', async () => {
    const job = {
      id: 'j1',
      kind: 'crawl',
      status: 'done',
      url: 'u',
      title: 'ویلا',
      createdAt: 1,
      updatedAt: 1,
      progress: { pages: 1, listings: 2, recommendationsSkipped: 0, shards: 1, shardsDone: 1 },
      shards: [],
      body: {},
    };
    const rows = [makeListing({ token: 'aaaaaaaa' }), makeListing({ token: 'bbbbbbbb' })];
    let opens = 0;
    const open = async () => {
      opens++;
      return {
        getJob: async (id: string) => (id === 'j1' ? job : undefined),
        listings: async (_id: string, offset: number, limit: number) =>
          rows.slice(offset, offset + limit),
      } as unknown as JobStore;
    };
    const asked: string[] = [];
    const send = (message: unknown) => {
      asked.push((message as { type: string }).type);
      return new Promise<never>(() => undefined); // a worker that never answers
    };
    const storage = { getItem: async () => null, setItem: async () => undefined };
    const loads = startResultsLoads('j1', send, storage, open);
    const context = await loads.loadContext('j1');
    expect(context.job).toMatchObject({ id: 'j1', title: 'ویلا' });
    expect((await loads.readListings('j1', 0, 100)).listings).toEqual(rows);
    expect(opens).toBe(1);
    expect(asked).toEqual([]);
  });
});
