import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { type ResultsState, useResultsLoad } from '@/components/results/use-results-load';
import { ServicesContext } from '@/components/services';
import type { ExportPrefs } from '@/lib/export/prefs';
import type { JobChanges } from '@/lib/history/job-changes';
import type { JobSummary } from '@/lib/jobs/summary';
import type { LoadContext } from '@/lib/results/page-context';
import { makeListing } from '../export/listings';

const job = { id: 'j1', title: 'ویلا', progress: { listings: 2 } } as unknown as JobSummary;
const rows = [makeListing({ token: 'aaaaaaaa' }), makeListing({ token: 'bbbbbbbb' })];
const changes = (added: string) =>
  ({ previousJobId: 'j0', previousAt: 1, added: [added], removed: [], changed: [] }) as JobChanges;

/** The hook in a page of its own, with a background whose "what changed" answers wait. */
function renderLoad() {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const answers: ((c: JobChanges | null) => void)[] = [];
  const askedAt: string[] = [];
  let state: ResultsState | undefined;
  let reload: () => Promise<unknown> = async () => undefined;
  const loadContext: LoadContext = async () => ({
    job,
    prefs: {} as ExportPrefs,
    changes: () => {
      askedAt.push(state?.status ?? 'none');
      return new Promise((resolve) => answers.push(resolve));
    },
  });
  const readListings = async (_id: string, offset: number, limit: number) => ({
    total: rows.length,
    listings: rows.slice(offset, offset + limit),
  });
  const onJob = () => undefined; // stable, as the page's own: a new one per render reloads
  function Probe() {
    const load = useResultsLoad('j1', loadContext, readListings, onJob);
    state = load.state;
    reload = load.load;
    return null;
  }
  const services = { send: async () => ({ ok: true, data: null }), watchJob: () => () => {} };
  render(
    h(ServicesContext.Provider, { value: services as never }, h(Probe, {})),
    document.getElementById('root') as unknown as HTMLElement,
  );
  return { answers, askedAt, state: () => state, reload: () => reload() };
}

describe('useResultsLoad', () => {
  it('paints the rows first, then asks what changed, and adds it when it comes', async () => {
    const page = renderLoad();
    await vi.waitFor(() => expect(page.state()).toMatchObject({ status: 'ready', complete: true }));
    expect(page.state()).toMatchObject({ changes: null, listings: rows });
    await vi.waitFor(() => expect(page.answers).toHaveLength(1));
    expect(page.askedAt).toEqual(['ready']); // asked only once the rows were on screen
    page.answers[0]?.(changes('aaaaaaaa'));
    await vi.waitFor(() => expect(page.state()).toMatchObject({ changes: changes('aaaaaaaa') }));
    expect(page.state()).toMatchObject({ status: 'ready', listings: rows, complete: true });
  });

  it('ignores the changes of a load that a reload superseded', async () => {
    const page = renderLoad();
    await vi.waitFor(() => expect(page.answers).toHaveLength(1));
    void page.reload();
    await vi.waitFor(() => expect(page.answers).toHaveLength(2));
    page.answers[1]?.(changes('bbbbbbbb'));
    await vi.waitFor(() => expect(page.state()).toMatchObject({ changes: changes('bbbbbbbb') }));
    page.answers[0]?.(changes('aaaaaaaa')); // the first load's answer, late
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.state()).toMatchObject({ changes: changes('bbbbbbbb') });
  });
});
