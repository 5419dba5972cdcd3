import { describe, expect, it } from 'vitest';
import { extractPostTokens } from '@/lib/divar/post-tokens';

describe('extractPostTokens', () => {
  it('finds every post link in a chat message, in order, without repeats', () => {
    const text = `این دو تا رو ببین: https://divar.ir/v/هـروی-۹۸-متـر/gammaxvi و
      divar.ir/v/-/AZ4LldV9، و دوباره https://divar.ir/v/gammaxvi?ref=ios.
      <a href="https://www.divar.ir/v/%D9%86%DB%8C%D9%84%D9%88%D9%81%D8%B1/AZ-2yPhB">link</a>
      (https://divar.ir/v/gaxWZCEz/)`;
    expect(extractPostTokens(text)).toEqual(['gammaxvi', 'AZ4LldV9', 'AZ-2yPhB', 'gaxWZCEz']);
  });

  it('reads a list of links, one per line', () => {
    const lines = [
      'https://divar.ir/v/AZ--REIA?ref=ios',
      'https://divar.ir/v/a/gap5_twe',
      'https://divar.ir/s/tehran',
    ];
    expect(extractPostTokens(lines.join('\n'))).toEqual(['AZ--REIA', 'gap5_twe']);
  });

  it('ignores bare words, search pages and other sites', () => {
    expect(
      extractPostTokens(
        'gammaxvi apartment https://divar.ir/s/tehran https://evil.example/v/gammaxvi',
      ),
    ).toEqual([]);
  });

  it('takes links to tokens of another length (6 to 16), but never a bare word of any length', () => {
    const text = 'https://divar.ir/v/x/gap5tw و divar.ir/v/AbCdEf_123-xyz9 gammaxvi apartments';
    expect(extractPostTokens(text)).toEqual(['gap5tw', 'AbCdEf_123-xyz9']);
    expect(
      extractPostTokens('https://divar.ir/v/x/abcde https://divar.ir/v/x/abcdefghijklmnopq'),
    ).toEqual([]);
  });
});
