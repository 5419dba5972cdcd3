import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

const POLYFILL = /\/node_modules\/webextension-polyfill\/dist\/browser-polyfill(\.min)?\.js$/;

/**
 * Loads webextension-polyfill (a UMD file) as an ES module exporting its `module.exports`.
 * Imported as CommonJS, the bundler's interop copies every property of that export onto a new
 * object; where the browser has its own `browser` object (Chromium 156 has), the polyfill exports
 * it, and reading each namespace's property descriptor builds every API's bindings (runtime,
 * storage, tabs, alarms, notifications…) at each start of each script.
 */
export const polyfillAsEsm: Plugin = {
  name: 'divar-actions:polyfill-as-esm',
  enforce: 'pre',
  async load(id) {
    if (!POLYFILL.test(id.replaceAll('\\', '/'))) return null;
    const code = await readFile(id, 'utf8');
    return `var module = { exports: {} };\nvar exports = module.exports;\n${code}\nexport default module.exports;\n`;
  },
};
