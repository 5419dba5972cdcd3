import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { extensionLaunchArgs, unpackedExtensionId } from '../scripts/lib/launch-args.ts';
import { buildBaselineExtension, buildWorkerFloor } from './baseline-extension';
import { type Spread, showSpread, spread } from './spread';

const EXTENSION_DIR = new URL('../.output/chrome-mv3', import.meta.url).pathname;
const RUNS = 9;

/** One popup open: time to first contentful paint and the JS files fetched before it (CDP clock). */
async function paintOnce(
  context: BrowserContext,
  url: string,
): Promise<{ ms: number; js: string[] }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Page.enable');
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  const urls = new Map<string, string>();
  const finished: { id: string; at: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => finished.push({ id: e.requestId, at: e.timestamp }));
  const fcpAt = new Promise<number>((resolve) =>
    cdp.on('Page.lifecycleEvent', (e) => {
      if (e.name === 'firstContentfulPaint') resolve(e.timestamp);
    }),
  );
  await page.goto(url);
  const at = await fcpAt;
  const ms = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  const js = finished
    .filter((f) => f.at <= at)
    .map((f) => urls.get(f.id) ?? '')
    .filter((u) => u.endsWith('.js'))
    .map((u) => new URL(u).pathname);
  await page.close();
  return { ms, js: [...new Set(js)] };
}

/** Median first paint of `url` over RUNS fresh pages, and the bytes of JS loaded before it. */
async function paint(
  context: BrowserContext,
  url: string,
  dir: string,
): Promise<{ paint: Spread; jsBytes: number }> {
  const samples: number[] = [];
  let js: string[] = [];
  await paintOnce(context, url); // warm the disk cache and the extension's process
  for (let i = 0; i < RUNS; i++) {
    const once = await paintOnce(context, url);
    samples.push(once.ms);
    js = once.js;
  }
  const jsBytes = js.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
  return { paint: spread(samples), jsBytes };
}

/** Stopped service worker → first answered message, from one of the extension's own pages. */
async function coldStart(context: BrowserContext, page: Page, message: unknown): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.waitForTimeout(150);
  const ms = await page.evaluate(async (m) => {
    const start = performance.now();
    await (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).chrome.runtime.sendMessage(m);
    return performance.now() - start;
  }, message);
  await cdp.detach();
  return ms;
}

/** Popup first paint and JS before it, and worker cold start, each against a minimal extension. */
export async function benchStartup(): Promise<string> {
  const baselineDir = await buildBaselineExtension();
  const floorDirs = {
    unrun: buildWorkerFloor(EXTENSION_DIR, 'unrun'),
    comment: buildWorkerFloor(EXTENSION_DIR, 'comment'),
  };
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'bench-startup-')),
    {
      headless: true,
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: extensionLaunchArgs({
        extensionDirs: [EXTENSION_DIR, baselineDir, floorDirs.unrun, floorDirs.comment],
      }),
    },
  );
  const ours = unpackedExtensionId(EXTENSION_DIR);
  const bare = unpackedExtensionId(baselineDir);
  const popup = await paint(context, `chrome-extension://${ours}/popup.html`, EXTENSION_DIR);
  const barePopup = await paint(context, `chrome-extension://${bare}/popup.html`, baselineDir);
  const dirs = [EXTENSION_DIR, baselineDir, floorDirs.unrun, floorDirs.comment];
  const pages: Page[] = [];
  for (const dir of dirs) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${unpackedExtensionId(dir)}/manifest.json`);
    pages.push(page);
  }
  const cold: number[][] = dirs.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, page] of pages.entries()) {
      cold[k]?.push(await coldStart(context, page, { type: 'ping' }));
    }
  }
  await context.close();
  const [worker, minimal, unrun, comment] = cold.map((samples) => spread(samples)) as [
    Spread,
    Spread,
    Spread,
    Spread,
  ];
  const ratio = (s: Spread) => (s.median / minimal.median).toFixed(2);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `## Popup and service worker start (Debian Chromium, headless; median of ${RUNS}, range in brackets)`,
    '',
    '| figure | measured | baseline | ratio |',
    '|---|---:|---:|---:|',
    `| popup: JavaScript loaded before first paint | ${kb(popup.jsBytes)} | ${kb(barePopup.jsBytes)} (bare Preact popup) | ${(popup.jsBytes / barePopup.jsBytes).toFixed(1)} |`,
    `| popup: time to first contentful paint | ${showSpread(popup.paint)} | ${showSpread(barePopup.paint)} (bare Preact popup) | ${(popup.paint.median / barePopup.paint.median).toFixed(2)} |`,
    `| service worker: stopped → first answered message | ${showSpread(worker)} (${kb(statSync(join(EXTENSION_DIR, 'background.js')).size)} bundle) | ${showSpread(minimal)} (minimal worker) | ${ratio(worker)} |`,
    `| floor: the same bundle read and parsed, never run (answers first) | ${showSpread(unrun)} | minimal worker | ${ratio(unrun)} |`,
    `| floor: the same bundle's bytes as a comment (read only) | ${showSpread(comment)} | minimal worker | ${ratio(comment)} |`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchStartup());
