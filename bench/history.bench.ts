// The listing history at 200,000 tokens against a bare `idb` store of the same rows in the same
// run: writing a page of observations and looking up a page of tokens (what a divar search page
// asks). Runnable alone: `npx tsx bench/history.bench.ts`.
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { openDB } from 'idb';
import { createHistoryService } from '../lib/history/service';
import { openHistoryStore } from '../lib/history/store';
import type { ObservedListing } from '../lib/history/types';

const TOKENS = 200_000;
const PAGE = 60;
const RUNS = 7;
const ROUNDS = 40;

const tokenOf = (i: number) => `h${String(i).padStart(7, '0')}`;
const observed = (i: number, price: number): ObservedListing => ({
  token: tokenOf(i),
  facts: { price, title: `آپارتمان ${i % 997} متری`, district: 'ونک', size: 50 + (i % 150) },
});
const page = (start: number, price: (i: number) => number) =>
  Array.from({ length: PAGE }, (_, k) => observed((start + k * 3331) % TOKENS, price(start + k)));

async function bareStore() {
  const db = await openDB('bench-history-bare', 1, {
    upgrade: (d) => void d.createObjectStore('tokens', { keyPath: 'token' }),
  });
  return {
    write: async (rows: ObservedListing[], at: number) => {
      const tx = db.transaction('tokens', 'readwrite');
      for (const row of rows) await tx.store.put({ token: row.token, at, ...row.facts });
      await tx.done;
    },
    lookup: async (tokens: string[]) => {
      const tx = db.transaction('tokens');
      await Promise.all(tokens.map((t) => tx.store.get(t)));
      await tx.done;
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

async function timed(run: (round: number) => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let round = 0; round < ROUNDS; round++) await run(round);
  return (performance.now() - start) / ROUNDS;
}

/** History write and lookup at 200,000 tokens, as ratios to bare idb. */
export async function benchHistory(): Promise<string> {
  let clock = 1_700_000_000_000;
  const store = openHistoryStore('bench-history');
  const history = createHistoryService({
    store,
    settings: {
      passive: async () => true,
      setPassive: async () => undefined,
      quota: async () => undefined,
      saveQuota: async () => undefined,
    },
    estimate: async () => ({ usage: 0, quota: 1 }),
    now: () => clock,
    log: () => undefined,
  });
  const bare = await bareStore();
  const fillStart = performance.now();
  for (let i = 0; i < TOKENS; i += PAGE) {
    const rows = Array.from({ length: Math.min(PAGE, TOKENS - i) }, (_, k) => observed(i + k, 1e9));
    await history.recordCards(rows);
  }
  const fillSeconds = (performance.now() - fillStart) / 1000;
  for (let i = 0; i < TOKENS; i += PAGE)
    await bare.write(
      Array.from({ length: Math.min(PAGE, TOKENS - i) }, (_, k) => observed(i + k, 1e9)),
      clock,
    );
  const rows: Record<'write' | 'lookup' | 'notes', { ms: number[]; ratio: number[] }> = {
    write: { ms: [], ratio: [] },
    lookup: { ms: [], ratio: [] },
    notes: { ms: [], ratio: [] },
  };
  for (let run = 0; run < RUNS; run++) {
    const base = run * ROUNDS * PAGE;
    // A page of cards where every price changed: one more observation per token.
    const price = (i: number) => 1e9 - (run + 1) * 1000 - i;
    const bareWrite = await timed((r) => bare.write(page(base + r * PAGE, price), clock));
    const write = await timed(async (r) => {
      clock += 1000;
      await history.recordCards(page(base + r * PAGE, price));
    });
    const tokens = (r: number) => page(base + r * PAGE, price).map((o) => o.token);
    const bareLookup = await timed((r) => bare.lookup(tokens(r)));
    const lookup = await timed(async (r) => (await store).get(tokens(r)));
    const notes = await timed((r) => history.cardNotes(tokens(r)));
    rows.write.ms.push(write);
    rows.write.ratio.push(write / bareWrite);
    rows.lookup.ms.push(lookup);
    rows.lookup.ratio.push(lookup / bareLookup);
    rows.notes.ms.push(notes);
    rows.notes.ratio.push(notes / bareLookup);
  }
  const line = (what: string, r: { ms: number[]; ratio: number[] }) =>
    `| ${what} | ${median(r.ms).toFixed(2)} ms | ${median(r.ratio).toFixed(2)}x | ${spread(r.ratio)} |`;
  return [
    `## Listing history at ${TOKENS.toLocaleString('en-US')} tokens (fake-indexeddb in Node; median of ${RUNS} runs of ${ROUNDS} pages of ${PAGE})`,
    '',
    '| per page of 60 tokens | history | vs bare `idb` (same rows, same run) | spread of the ratio |',
    '|---|---:|---:|---:|',
    line('write (every price changed: read, fold, put)', rows.write),
    line('lookup (get the records)', rows.lookup),
    line('card badges (lookup, re-post lookup, summary)', rows.notes),
    '',
    `Filling the history with ${TOKENS.toLocaleString('en-US')} tokens, 60 per transaction: ${fillSeconds.toFixed(1)} s. The bare store only puts; the history reads each record to store only changes.`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchHistory());
