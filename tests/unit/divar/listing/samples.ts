import { readFileSync } from 'node:fs';
import { DIVAR_SAMPLES_DIR } from '../../../fixtures/files.ts';

/** The reference captures (tests/fixtures/divar-web/samples, see its SOURCES.md). */
export const SAMPLES_DIR = DIVAR_SAMPLES_DIR;

/** The file names of the reference samples used here. */
export const SAMPLE = {
  searchPage1: 'search_apartment-sell_tehran_page1.trimmed.json',
  searchPage2Empty: 'search_response_page2_empty.json',
  searchRequest: 'search_request_apartment-sell_page2.json',
  gammaxvi: 'post_detail_apartment-sell_gammaxvi.json',
  jobs: 'post_detail_jobs_gaxWZCEz.json',
  legacyRent: 'legacy_v8_posts_apartment-rent_AZ-2yPhB.json',
  legacySell: 'legacy_v8_posts_apartment-sell_AZ--REIA.json',
} as const;

/** Raw response JSON, walked and edited freely by tests to build variants of the samples. */
// biome-ignore lint/suspicious/noExplicitAny: tests edit untyped sample JSON with plain property access.
export type RawJson = any;

/** A reference sample, parsed as JSON (a fresh copy each call, so tests may edit it). */
export function readSample(name: keyof typeof SAMPLE): RawJson {
  return JSON.parse(readFileSync(`${SAMPLES_DIR}${SAMPLE[name]}`, 'utf8'));
}
