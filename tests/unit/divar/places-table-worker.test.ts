import { describe, expect, it } from 'vitest';
import { PLACES_TABLE } from '../../../lib/divar/data/places-table';
import {
  createWorkerPlacesTable,
  PLACES_GLOBAL,
  PLACES_SCRIPT,
  type WorkerScope,
} from '../../../lib/divar/data/places-table-worker';

/** A service worker scope whose importScripts runs `load` for PLACES_SCRIPT. */
function fakeScope(
  load: (scope: WorkerScope) => void = (s) => Object.assign(s, { [PLACES_GLOBAL]: PLACES_TABLE }),
) {
  const imported: string[] = [];
  let onInstall: (() => void) | undefined;
  const scope: WorkerScope = {
    importScripts: (...urls) => {
      imported.push(...urls);
      load(scope);
    },
    addEventListener: (_type, listener) => {
      onInstall = listener;
    },
  };
  return { scope, imported, install: () => onInstall?.() };
}

describe('the places table in the service worker', () => {
  it('imports nothing at start, the table on first use, and only once', () => {
    const { scope, imported } = fakeScope();
    const table = createWorkerPlacesTable(scope, () => undefined);
    expect(imported).toEqual([]);
    expect(table()).toBe(PLACES_TABLE);
    expect(table()).toBe(PLACES_TABLE);
    expect(imported).toEqual([PLACES_SCRIPT]);
  });

  it('imports the file while installing, so Chrome lets it be imported again later', () => {
    const { scope, imported, install } = fakeScope();
    createWorkerPlacesTable(scope, () => undefined);
    install();
    expect(imported).toEqual([PLACES_SCRIPT]);
  });

  it('logs a failed import at install rather than failing the install', () => {
    const logged: unknown[] = [];
    const { scope, install } = fakeScope(() => {
      throw new Error('NetworkError');
    });
    createWorkerPlacesTable(scope, (...args) => logged.push(...args));
    expect(install).not.toThrow();
    expect(String(logged[1])).toContain('NetworkError');
  });

  it('says which file failed when the import leaves no table', () => {
    const { scope } = fakeScope(() => undefined);
    const table = createWorkerPlacesTable(scope, () => undefined);
    expect(() => table()).toThrow(PLACES_SCRIPT);
  });
});
