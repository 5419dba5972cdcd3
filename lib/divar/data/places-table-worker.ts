/** The extension file that holds the places table (entrypoints/places-table.ts). */
export const PLACES_SCRIPT = '/places-table.js';

/** Where that file leaves the table: a property of the worker's global scope. */
export const PLACES_GLOBAL = 'divarActionsPlacesTable';

/** What a service worker's global scope offers the loader (a fake in tests). */
export interface WorkerScope {
  importScripts(...urls: string[]): void;
  addEventListener(type: 'install', listener: () => void): void;
  [PLACES_GLOBAL]?: unknown;
}

/**
 * A places table read from PLACES_SCRIPT on first use, so the service worker does not compile
 * 128,000 characters at every start. Chrome lets a worker import a script after its install only
 * if it imported it while installing, so the loader imports it once then too (a failure there is
 * logged, never thrown: it would fail the whole worker's install).
 */
export function createWorkerPlacesTable(scope: WorkerScope, log: (...args: unknown[]) => void) {
  scope.addEventListener('install', () => {
    try {
      scope.importScripts(PLACES_SCRIPT);
    } catch (error) {
      log('Divar Actions: places table not cached at install', error);
    }
  });
  return (): string => {
    if (typeof scope[PLACES_GLOBAL] !== 'string') scope.importScripts(PLACES_SCRIPT);
    const table = scope[PLACES_GLOBAL];
    if (typeof table !== 'string') throw new Error(`${PLACES_SCRIPT} did not set the places table`);
    return table;
  };
}
