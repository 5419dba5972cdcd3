import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { extensionLaunchArgs, unpackedExtensionId } from '../scripts/lib/launch-args.ts';
import { type Replica, startReplica } from '../tests/replica/index.ts';
import { buildMinimalBadgesExtension } from './badges-baseline';
import { buildEmptyContentScriptExtension, buildOneButtonExtension } from './baseline-extension';
import { benchScroll } from './scroll.bench';

const EXTENSION_DIR = new URL('../.output/chrome-mv3', import.meta.url).pathname;
const SEARCH_PAGE = 'https://divar.ir/s/tehran/buy-apartment?size=40-140';
const HEAVY_PAGE = 'https://divar.ir/s/tehran/buy-apartment';
const ROUNDS = 15;
/** How long after `load` a page's main-thread time is still counted. */
const WINDOW_AFTER_LOAD_MS = 2500;

/** Chromium on the replica with these unpacked extensions (none: extensions switched off). */
async function launch(replica: Replica, extensionDirs: string[]): Promise<BrowserContext> {
  const withExtension = extensionDirs.length > 0;
  const args = extensionLaunchArgs({ extensionDirs, replica, isolateNetwork: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-')), {
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: withExtension ? args : args.filter((a) => !a.includes('extension')),
  });
}

/** Main-thread task time one load of `url` costs (CDP Performance.TaskDuration, ms). */
async function pageTaskMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // A content script's work lands after load: ours in the page's idle moments (each of its two
  // steps waits at most 1 s for one), so every load is measured until well after them.
  await page.waitForTimeout(WINDOW_AFTER_LOAD_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/**
 * ROUNDS loads of the light replica page, then of the heavy one weighing like divar's, in each
 * browser; the browsers take turns load by load, so a machine that slows down slows all alike.
 */
async function loads(replica: Replica, contexts: readonly BrowserContext[]) {
  const each = async (url: string) => {
    const samples = contexts.map((): number[] => []);
    for (let i = 0; i < ROUNDS; i++) {
      for (const [k, context] of contexts.entries())
        samples[k]?.push(await pageTaskMs(context, url));
    }
    return samples;
  };
  replica.faults.set({ heavyPages: false });
  const light = await each(SEARCH_PAGE);
  replica.faults.set({ heavyPages: true });
  const heavy = await each(HEAVY_PAGE);
  replica.faults.set({ heavyPages: false });
  return contexts.map((_, k) => ({ light: light[k] ?? [], heavy: heavy[k] ?? [] }));
}

/** Task times of the light and the heavy page's loads in one browser. */
type Loads = { light: number[]; heavy: number[] };

const spread = (xs: number[]) =>
  `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

function loadRow(what: string, withMs: number[], withoutMs: number[], target: string) {
  const ratio = median(withMs) / median(withoutMs);
  return `| ${what} | ${spread(withMs)} with the extension | ${spread(withoutMs)} without | ${ratio.toFixed(2)} (target ≤ ${target}) |`;
}

// The floors: the same load with an extension whose content script is empty (the browser's own
// share), and with one that sends one message and shows one button (any extension's least).
const EMPTY = 'the same load with an extension whose content script is empty';
const ONE_BUTTON =
  'an extension whose content script sends its worker one message and shows one button in a closed shadow root';
// The feature's own floor: the same job (report, button, read every card, ask, badge the near
// cards) done in the fewest lines, without our parsing, comparisons, history or languages.
const MINIMAL_BADGES =
  'an extension that does the same job in the fewest lines (one button; reads every card; asks once; a badge in a closed shadow root on each card near the viewport)';

/** A floor's row: the same page loaded with the floor's extension (`what`) against none. */
function floorRow(page: 'light' | 'heavy', what: string, floorMs: number[], withoutMs: number[]) {
  const ratio = median(floorMs) / median(withoutMs);
  return `| floor, ${page} page: ${what} | ${spread(floorMs)} | ${spread(withoutMs)} without | ${ratio.toFixed(2)} |`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Round trip of a `ping` from an extension page, with the worker warm or freshly stopped (ms). */
async function pingMs(context: BrowserContext, page: Page, stopFirst: boolean): Promise<number> {
  const samples: number[] = [];
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < ROUNDS; i++) {
    if (stopFirst) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(100);
    }
    samples.push(
      await page.evaluate(async () => {
        const start = performance.now();
        await (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ type: 'ping' });
        return performance.now() - start;
      }),
    );
  }
  return median(samples);
}

/** Content-script cost on a replica divar.ir page and service-worker cold start, each against its baseline. */
export async function benchBrowser(): Promise<string> {
  const replica = await startReplica({ seed: 5 });
  const plain = await launch(replica, []);
  const emptyContext = await launch(replica, [buildEmptyContentScriptExtension()]);
  const buttonContext = await launch(replica, [buildOneButtonExtension()]);
  const badgesContext = await launch(replica, [buildMinimalBadgesExtension()]);
  const context = await launch(replica, [EXTENSION_DIR]);
  const [without, empty, button, badges, withIt] = (await loads(replica, [
    plain,
    emptyContext,
    buttonContext,
    badgesContext,
    context,
  ])) as [Loads, Loads, Loads, Loads, Loads];
  for (const floor of [plain, emptyContext, buttonContext, badgesContext]) await floor.close();
  const id = unpackedExtensionId(EXTENSION_DIR);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/manifest.json`);
  const warm = await pingMs(context, page, false);
  const cold = await pingMs(context, page, true);
  await context.close();
  // The results page and its baselines each get a fresh browser (see benchScroll): the browser
  // that just loaded 30 divar pages would otherwise carry its history into one side only.
  const results = await launch(replica, [EXTENSION_DIR]);
  const baseline = await launch(replica, [EXTENSION_DIR]);
  const scroll = await benchScroll(results, baseline, id);
  await baseline.close();
  await results.close();
  await replica.close();
  return [
    `## In the browser (Debian Chromium, headless; median of ${ROUNDS} loads, min–max; the browsers with and without extensions take turns load by load; a load's main-thread time counts until ${WINDOW_AFTER_LOAD_MS / 1000} s after its \`load\` event)`,
    '',
    '| figure | measured | baseline | ratio |',
    '|---|---:|---:|---:|',
    loadRow(
      'main-thread task time of a replica search page load (24 cards)',
      withIt.light,
      without.light,
      '1.10',
    ),
    loadRow(
      "main-thread task time of a page as heavy as divar's (~240 cards, ~3 MB of script at load)",
      withIt.heavy,
      without.heavy,
      '1.02',
    ),
    floorRow('light', EMPTY, empty.light, without.light),
    floorRow('heavy', EMPTY, empty.heavy, without.heavy),
    floorRow('light', ONE_BUTTON, button.light, without.light),
    floorRow('heavy', ONE_BUTTON, button.heavy, without.heavy),
    floorRow('light', MINIMAL_BADGES, badges.light, without.light),
    floorRow('heavy', MINIMAL_BADGES, badges.heavy, without.heavy),
    `| service worker: stopped → first answered message (\`ping\`) | ${cold.toFixed(1)} ms | ${warm.toFixed(1)} ms warm | ${(cold / warm).toFixed(1)} |`,
    scroll,
    '',
  ].join('\n');
}
