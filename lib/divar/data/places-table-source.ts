import { PLACES_TABLE } from './places-table';

/**
 * The places table's text. Chrome's service worker build swaps this module for
 * places-table-source-worker.ts (scripts/lib/worker-build.ts), which loads it on first use.
 */
export const placesTable = (): string => PLACES_TABLE;
