import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { extensionLaunchArgs, unpackedExtensionId } from '../scripts/lib/launch-args.ts';
import { type Replica, startReplica } from '../tests/replica/index.ts';
import { benchScroll } from './scroll.bench';

const EXTENSION_DIR = new URL('../.output/chrome-mv3', import.meta.url).pathname;
const SEARCH_PAGE = 'https://divar.ir/s/tehran/buy-apartment?size=40-140';
const ROUNDS = 15;

async function launch(replica: Replica, withExtension: boolean): Promise<BrowserContext> {
  const args = extensionLaunchArgs({
    extensionDirs: withExtension ? [EXTENSION_DIR] : [],
    replica,
    isolateNetwork: true,
  });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bench-')), {
    headless: true,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: withExtension ? args : args.filter((a) => !a.includes('extension')),
  });
}

/** Main-thread task time a page load costs (CDP Performance.TaskDuration, ms), median of ROUNDS loads. */
async function pageTaskMs(context: BrowserContext): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(SEARCH_PAGE, { waitUntil: 'load' });
    await page.waitForTimeout(300); // document_idle work (the content script) lands after load
    const { metrics } = await cdp.send('Performance.getMetrics');
    samples.push((metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000);
    await page.close();
  }
  return median(samples);
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
  const plain = await launch(replica, false);
  const withoutMs = await pageTaskMs(plain);
  await plain.close();
  const context = await launch(replica, true);
  const withMs = await pageTaskMs(context);
  const id = unpackedExtensionId(EXTENSION_DIR);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/manifest.json`);
  const warm = await pingMs(context, page, false);
  const cold = await pingMs(context, page, true);
  const scroll = await benchScroll(context, id);
  await context.close();
  await replica.close();
  return [
    `## In the browser (Debian Chromium, headless; median of ${ROUNDS})`,
    '',
    '| figure | measured | baseline | ratio |',
    '|---|---:|---:|---:|',
    `| main-thread task time of a replica search page load | ${withMs.toFixed(1)} ms with the extension | ${withoutMs.toFixed(1)} ms without | ${(withMs / withoutMs).toFixed(2)} |`,
    `| service worker: stopped → first answered message (\`ping\`) | ${cold.toFixed(1)} ms | ${warm.toFixed(1)} ms warm | ${(cold / warm).toFixed(1)} |`,
    scroll,
    '',
  ].join('\n');
}
