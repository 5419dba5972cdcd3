import { afterAll, describe, it } from 'vitest';
import { readSample, type SAMPLE } from '../listing/samples';
import { checkDrift, tally } from './drift-check';
import type { AnswerKind } from './facts';

// FC_SEED explores other variants; FC_RUNS scales the run (CI runs the default).
const SEED = Number(process.env.FC_SEED ?? 1405);
const RUNS = Number(process.env.FC_RUNS ?? 600);

/** Every vendored real answer (the request capture is a request, not an answer). */
const ANSWERS: [keyof typeof SAMPLE, AnswerKind, string?][] = [
  ['searchPage1', 'search'],
  ['searchPage2Empty', 'search'],
  ['gammaxvi', 'post', 'gammaxvi'],
  ['jobs', 'post', 'gaxWZCEz'],
  ['legacyRent', 'legacy-post'],
  ['legacySell', 'legacy-post'],
];

describe('drift: every vendored real answer, varied', () => {
  afterAll(() => console.log(`drift (real samples): ${JSON.stringify(tally)}`));
  it.each(ANSWERS)(
    '%s',
    (name, kind, token) => {
      checkDrift(kind, readSample(name), token, RUNS, SEED);
    },
    120_000,
  );
});
