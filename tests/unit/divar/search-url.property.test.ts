import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPostTokens } from '@/lib/divar/post-tokens';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { toSearchUrl } from '@/lib/divar/search-url-build';
import { referenceUrls } from '../../fixtures/files.ts';

const urls = referenceUrls();

// Fixed by default so CI is repeatable; FC_SEED=<n> explores other inputs locally.
const seed = Number(process.env.FC_SEED ?? 20261122);

const PIECES = [
  '-',
  ',',
  '%',
  '%2C',
  '%ZZ',
  '&',
  '=',
  '?',
  '/',
  '+',
  '۱',
  '٣',
  '..',
  '#',
  'true',
  '|',
  ' ',
  '\u200c',
  'ي',
];

/** A reference URL with random edits: characters inserted, removed or replaced anywhere. */
const mutatedUrl = fc
  .tuple(
    fc.constantFrom(...urls),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.nat(3),
        fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })),
      ),
      {
        maxLength: 4,
      },
    ),
  )
  .map(([url, edits]) =>
    edits.reduce((text, [at, cut, insert]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + cut);
    }, url),
  );

const anyText = fc.oneof(fc.string(), fc.webUrl(), fc.string({ unit: 'binary' }), mutatedUrl);

function stripNotes<T extends { notes: unknown[] }>(query: T) {
  return { ...query, notes: [] };
}

describe('parseSearchUrl, property-based', () => {
  it('never throws, and whatever it accepts reads back the same from toSearchUrl (10,000 URLs)', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedUrl, mutatedUrl, anyText), (url) => {
        const result = parseSearchUrl(url);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          return;
        }
        const again = parseSearchUrl(toSearchUrl(result.query));
        expect(again.ok).toBe(true);
        if (again.ok) expect(stripNotes(again.query)).toEqual(stripNotes(result.query));
      }),
      { numRuns: 10_000, seed },
    );
  });

  it('extractPostTokens never throws and only returns well-formed tokens', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const token of extractPostTokens(text)) expect(token).toMatch(/^[A-Za-z0-9_-]{6,16}$/);
      }),
      { numRuns: 2_000, seed },
    );
  });
});
