import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { openDB } from 'idb';
import type { Listing } from '../lib/divar/listing/types';
import { createJobHandlers, type JobHandlerDeps } from '../lib/jobs/handlers';
import { openJobStore } from '../lib/jobs/store';
import type { Job } from '../lib/jobs/types';
import { showSpread, spread } from './spread';

const CARDS = 240; // a divar results page scrolled far, as heavy as the heavy bench page
const RUNS = 7;

const listing = (token: string) =>
  ({ token, url: `https://divar.ir/v/${token}`, source: 'card', title: token }) as Listing;
const tokenOf = (i: number) => `t${String(i).padStart(7, '0')}`;

// fake-indexeddb finishes a burst of transactions for a while after the last one answered: each
// measurement waits for that, or the next one would pay for the last one's.
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

/** A job store of `ids` jobs, each holding the same 1,000 listings (a search crawled again). */
async function seed(name: string, ids: string[]) {
  const store = await openJobStore(name);
  for (const id of ids) {
    const held = Array.from({ length: 1000 }, (_, i) => listing(tokenOf(i)));
    await store.savePage(id, held, (added) => ({ id, progress: { listings: added } }) as Job);
  }
  return store;
}

/**
 * The question a divar page asks its worker at each load and scroll (which of these cards did a
 * job fetch, export; which are collected), for CARDS cards against stores of 1, 10 and 50 jobs of
 * a search crawled again and again (each job holds the page's cards among 1,000 listings).
 * Baseline: the same answer from the same database read as a store without a token index must,
 * one key lookup per job and card, each in its own transaction (how 0.x answered it).
 */
export async function benchKnownTokens(): Promise<string> {
  const page = Array.from({ length: CARDS }, (_, i) => tokenOf(i * 3));
  const rows: string[] = [];
  for (const jobs of [1, 10, 50]) {
    const ids = Array.from({ length: jobs }, (_, j) => `job${j}`);
    // Two databases alike, so neither side's transactions are in the other's way.
    const [store] = await Promise.all([
      seed(`bench-known-${jobs}`, ids),
      seed(`bench-known-base-${jobs}`, ids),
    ]);
    const handlers = createJobHandlers({
      store: Promise.resolve(store),
      collection: { read: async () => ({ tokens: [] }) },
    } as unknown as JobHandlerDeps);
    const db = await openDB(`bench-known-base-${jobs}`);
    const ours: number[] = [];
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await settle();
      let start = performance.now();
      const answer = await handlers.pageKnownTokens(
        { type: 'pageKnownTokens', tokens: page },
        { origin: 'content', tabId: 1 },
      );
      ours.push(performance.now() - start);
      await settle();
      start = performance.now();
      const fetched: string[] = [];
      for (const token of page) {
        let held = false;
        for (const id of ids)
          if ((await db.getKey('listings', [id, token])) !== undefined) held = true;
        if (held) fetched.push(token);
      }
      baseline.push(performance.now() - start);
      if (fetched.join() !== answer.fetched.join()) throw new Error('the two answers differ');
    }
    db.close();
    const [o, b] = [spread(ours), spread(baseline)];
    rows.push(
      `| ${jobs} | ${showSpread(b)} | ${showSpread(o)} | ${(o.median / b.median).toFixed(3)} |`,
    );
  }
  return [
    `## A divar page's question to the worker: which of ${CARDS} cards are fetched, exported, collected (fake-indexeddb in Node; median of ${RUNS} runs, range)`,
    '',
    '| jobs in the store | baseline: a lookup per job and card, a transaction each | `pageKnownTokens` (one transaction, one lookup per card by the token index) | ratio |',
    '|---:|---:|---:|---:|',
    ...rows,
    '',
    'Each job holds the 1,000 listings of a search crawled again; the page shows 240 of them.',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchKnownTokens());
