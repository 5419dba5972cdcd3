import fc from 'fast-check';
import { expect } from 'vitest';
import type { RawJson } from '../listing/samples';
import { type AnswerKind, FACTS, factsByToken, readListings } from './facts';
import { mutationOf, sitesOf, variantAndReference } from './mutations';

/** What the drift runs checked, printed at the end (the closing note quotes it). */
export const tally = { variants: 0, mutations: 0, listings: 0, facts: 0, factsAsOriginal: 0 };

/**
 * The drift property on one answer: every variant reads without a throw, keeps every listing of
 * the original with the same token, and reads every fact as the reference does (the original
 * with only the destructive changes), so each fact the variant did not touch equals the original's.
 */
export function checkDrift(
  kind: AnswerKind,
  original: RawJson,
  token: string | undefined,
  runs: number,
  seed: number,
) {
  const base = factsByToken(readListings(kind, original, token));
  const sites = sitesOf(original, ['widgets']);
  fc.assert(
    fc.property(fc.array(mutationOf(sites), { minLength: 1, maxLength: 4 }), (mutations) => {
      const { variant, reference, applied } = variantAndReference(original, mutations);
      const read = factsByToken(readListings(kind, variant, token));
      const expected = factsByToken(readListings(kind, reference, token));
      expect(read.tokens).toEqual(base.tokens);
      for (const listingToken of base.tokens) {
        const facts = read.facts.get(listingToken);
        const want = expected.facts.get(listingToken);
        const was = base.facts.get(listingToken);
        for (const name of FACTS) {
          expect({ token: listingToken, [name]: facts?.[name] }).toEqual({
            token: listingToken,
            [name]: want?.[name],
          });
          if (Object.is(want?.[name], was?.[name])) tally.factsAsOriginal++;
        }
        tally.facts += FACTS.length;
      }
      tally.variants++;
      tally.mutations += applied;
      tally.listings += base.tokens.length;
    }),
    { numRuns: runs, seed },
  );
}
