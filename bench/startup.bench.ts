import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { extensionLaunchArgs, unpackedExtensionId } from '../scripts/lib/launch-args.ts';
import { buildBaselineExtension, buildWorkerFloor } from './baseline-extension';
import { type Spread, showSpread, spread } from './spread';

const EXTENSION_DIR = new URL('../.output/chrome-mv3', import.meta.url).pathname;
const RUNS = 15;

/** The JS files one popup open fetched before its first contentful paint (CDP's network log). */
async function jsBeforePaint(context: BrowserContext, url: string): Promise<string[]> {
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
  await page.close();
  const js = finished
    .filter((f) => f.at <= at)
    .map((f) => urls.get(f.id) ?? '')
    .filter((u) => u.endsWith('.js'))
    .map((u) => new URL(u).pathname);
  return [...new Set(js)];
}

// Polls the page's own paint timing; nothing is attached to the page while it loads.
const FCP = `new Promise((resolve) => {
  const read = () => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0];
    if (entry) resolve(entry.startTime);
    else setTimeout(read, 10);
  };
  read();
})`;

/** One popup open: its first contentful paint (page clock), with no DevTools domain enabled. */
async function paintOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  const ms = Number(await page.evaluate(FCP));
  await page.close();
  return ms;
}

/**
 * First paint of each popup over RUNS fresh pages, the popups taking turns run by run (so a
 * machine that slows down mid-bench slows both alike), and the bytes of JS each loaded before it.
 */
async function paints(
  context: BrowserContext,
  popups: readonly { url: string; dir: string }[],
): Promise<{ paint: Spread; jsBytes: number }[]> {
  const samples = popups.map((): number[] => []);
  const js: string[][] = [];
  for (const { url } of popups) js.push(await jsBeforePaint(context, url)); // warms the cache too
  for (let i = 0; i < RUNS; i++) {
    for (const [k, { url }] of popups.entries()) samples[k]?.push(await paintOnce(context, url));
  }
  return popups.map(({ dir }, k) => ({
    paint: spread(samples[k] ?? []),
    jsBytes: (js[k] ?? []).reduce((sum, path) => sum + statSync(join(dir, path)).size, 0),
  }));
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
  const [popup, barePopup] = (await paints(context, [
    { url: `chrome-extension://${ours}/popup.html`, dir: EXTENSION_DIR },
    { url: `chrome-extension://${bare}/popup.html`, dir: baselineDir },
  ])) as [{ paint: Spread; jsBytes: number }, { paint: Spread; jsBytes: number }];
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
