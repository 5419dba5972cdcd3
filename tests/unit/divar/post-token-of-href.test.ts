import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePostUrl, postTokenOfHref } from '@/lib/divar/post-url';

/** What the full URL reading says of an href on a divar.ir page. */
const slowToken = (href: string) =>
  URL.canParse(href, 'https://divar.ir')
    ? parsePostUrl(new URL(href, 'https://divar.ir'))?.token
    : undefined;

const part = fc.stringMatching(/^[A-Za-z0-9_%?#.\-/آ-ی]{0,20}$/);

describe('postTokenOfHref', () => {
  it.each([
    ['/v/آپارتمان-۱۲۰-متری/AaBb12_-', 'AaBb12_-'],
    ['/v/AaBb12_-', 'AaBb12_-'],
    ['/v/slug/AaBb12_-/?ref=ios#top', 'AaBb12_-'],
    ['/v/%D8%A2/AaBb12_-', 'AaBb12_-'],
    ['/v/%41aBb12_-', 'AaBb12_-'],
    ['/v//AaBb12_-', 'AaBb12_-'],
    ['https://divar.ir/v/x/AaBb12_-', 'AaBb12_-'],
    ['https://www.divar.ir/v/AaBb12_-', 'AaBb12_-'],
    ['//evil.example/v/x/AaBb12_-', undefined],
    ['/v/a/b/AaBb12_-', undefined],
    ['/v/slug/AaBb1', undefined],
    ['/s/tehran/buy-apartment', undefined],
    ['/V/AaBb12_-', undefined],
    ['http://[bad', undefined],
  ])('%s → %s', (href, token) => {
    expect(postTokenOfHref(href)).toBe(token);
    expect(slowToken(href)).toBe(token);
  });

  it('reads every href as the full URL reading does', () => {
    fc.assert(
      fc.property(part, part, part, (a, b, c) => {
        for (const href of [`/v/${a}`, `/v/${a}/${b}`, `/v/${a}/${b}${c}`, `/${a}/${b}`]) {
          expect(postTokenOfHref(href)).toBe(slowToken(href));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
