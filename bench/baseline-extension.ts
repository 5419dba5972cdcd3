import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

// A bare Preact popup: one header, rendered as soon as the module runs.
const POPUP_SOURCE = `import { h, render } from 'preact';
render(h('header', { class: 'header' }, h('h1', null, 'Divar Actions')), document.getElementById('app'));`;

// A service worker that answers every message at once.
const ANSWERING_WORKER =
  'chrome.runtime.onMessage.addListener((message, sender, reply) => { reply({ pong: true }); });\n';

/** Matches divar.ir pages when they are idle, like our content script. */
export const ON_DIVAR_IDLE = { matches: ['https://divar.ir/*'], run_at: 'document_idle' };

/** Writes an MV3 extension (its manifest's other fields, its files) into a new temporary folder. */
export function writeExtension(
  prefix: string,
  manifest: Record<string, unknown>,
  files: Record<string, string>,
): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const full = { manifest_version: 3, version: '1.0.0', ...manifest };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(full));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * Builds, in a temporary folder, the smallest MV3 extension that answers a message from its
 * service worker and has a bare Preact popup: the baselines for worker cold start and popup paint.
 */
export async function buildBaselineExtension(): Promise<string> {
  const dir = writeExtension(
    'bench-minimal-ext-',
    {
      name: 'bench minimal',
      background: { service_worker: 'sw.js' },
      action: { default_popup: 'popup.html' },
    },
    {
      'sw.js': ANSWERING_WORKER,
      'popup.html':
        '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><div id="app"></div><script type="module" src="popup.js"></script></body></html>',
    },
  );
  await build({
    stdin: { contents: POPUP_SOURCE, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: join(dir, 'popup.js'),
    logLevel: 'silent',
  });
  return dir;
}

/** The floors of a worker's cold start that come from its bundle's size alone. */
export type WorkerFloor = 'unrun' | 'comment';

/**
 * A copy of the built extension whose worker answers at once but still loads its bundle: as a
 * function that is never called (`unrun`: the browser reads and parses all of it, runs none) or
 * as a comment of the same length (`comment`: the browser only reads it).
 */
export function buildWorkerFloor(extensionDir: string, floor: WorkerFloor): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-worker-${floor}-`));
  cpSync(extensionDir, dir, { recursive: true });
  const bundle = readFileSync(join(extensionDir, 'background.js'), 'utf8');
  const body =
    floor === 'unrun'
      ? `function neverCalled() {\n${bundle}\n}`
      : `/*${bundle.replaceAll('*/', '* /')}*/`;
  // The worker answers the bench's message before anything of the bundle could run.
  writeFileSync(join(dir, 'background.js'), ANSWERING_WORKER + body);
  return dir;
}

/**
 * An extension whose only part is an empty content script on divar.ir, run when the page is idle
 * like ours: what the browser itself spends on a page for any extension that injects a script.
 */
export function buildEmptyContentScriptExtension(): string {
  return writeExtension(
    'bench-empty-content-',
    {
      name: 'bench empty content script',
      content_scripts: [{ ...ON_DIVAR_IDLE, js: ['empty.js'] }],
    },
    { 'empty.js': '' },
  );
}

// The least an extension that shows a button on the page and asks its worker about it can do.
const ONE_BUTTON = `chrome.runtime.sendMessage({ type: 'pageSeen', url: location.href }).catch(() => undefined);
const host = document.createElement('bench-toolbar');
const root = host.attachShadow({ mode: 'closed' });
root.innerHTML = '<style>:host { position: fixed; bottom: 16px; left: 16px; } button { font: 13px Tahoma, sans-serif; }</style><button type="button">Fetch all</button>';
document.body.append(host);
`;

/**
 * An extension whose content script sends its worker one message and shows one button in a closed
 * shadow root: what any extension that talks to its worker and draws on the page spends.
 */
export function buildOneButtonExtension(): string {
  return writeExtension(
    'bench-one-button-',
    {
      name: 'bench one button',
      background: { service_worker: 'sw.js' },
      content_scripts: [{ ...ON_DIVAR_IDLE, js: ['button.js'] }],
    },
    { 'sw.js': ANSWERING_WORKER, 'button.js': ONE_BUTTON },
  );
}
