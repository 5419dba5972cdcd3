import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsm } from '../../../scripts/lib/polyfill-esm';

const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill');
const load = polyfillAsEsm.load as (id: string) => Promise<string | null>;
const scope = globalThis as { chrome?: unknown; browser?: unknown };

afterEach(() => {
  delete scope.chrome;
  delete scope.browser;
});

describe('webextension-polyfill loaded as an ES module', () => {
  it('is an ES module whose default is the browser’s own `browser` object itself', async () => {
    const code = await load.call({}, polyfillPath);
    scope.chrome = { runtime: { id: 'x' } };
    scope.browser = { runtime: { id: 'x' } };
    const module = await import(`data:text/javascript,${encodeURIComponent(code ?? '')}`);
    expect(module.default).toBe(scope.browser);
  });

  it('wraps Chrome’s callback APIs when the browser has no `browser` object', async () => {
    const code = await load.call({}, polyfillPath);
    scope.chrome = { runtime: { id: 'x', sendMessage: () => undefined } };
    const module = await import(`data:text/javascript,${encodeURIComponent(`${code}//2`)}`);
    expect(module.default).not.toBe(scope.chrome);
    expect(typeof module.default.runtime.sendMessage).toBe('function');
  });

  it('leaves every other file to the bundler', async () => {
    expect(await load.call({}, '/x/node_modules/other/dist/browser-polyfill.js')).toBeNull();
  });
});
