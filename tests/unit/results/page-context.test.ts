import { describe, expect, it } from 'vitest';
import type { ExportPrefs } from '@/lib/export/prefs';
import { contextLoader } from '@/lib/results/page-context';

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
