import { describe, expect, it } from 'vitest';
import { isPostToken, isUsualTokenLength, parsePostUrl, postUrlOf } from '@/lib/divar/post-url';

// Every post URL form in tests/fixtures/divar-web/NOTES.md §7 and urls.txt.
const ACCEPTED: [string, string, string | undefined][] = [
  ['https://divar.ir/v/gammaxvi', 'gammaxvi', undefined],
  [
    'https://divar.ir/v/هـروی-۹۸-متـر-فاقد-آسانسور-و-پارکینگ/gammaxvi',
    'gammaxvi',
    'هـروی-۹۸-متـر-فاقد-آسانسور-و-پارکینگ',
  ],
  ['https://divar.ir/v/-/AZ4LldV9', 'AZ4LldV9', '-'],
  ['https://divar.ir/v/a/AZ4LldV9', 'AZ4LldV9', 'a'],
  ['https://divar.ir/v/AZ-2yPhB?ref=android', 'AZ-2yPhB', undefined],
  ['https://divar.ir/v/AZ--REIA?ref=ios', 'AZ--REIA', undefined],
  [
    'https://divar.ir/v/%D9%86%DB%8C%D9%84%D9%88%D9%81%D8%B1-%DB%B1%DB%B3%DB%B0%D9%85%D8%AA%D8%B1-%DB%B2%D8%AE%D9%88%D8%A7%D8%A8-%D8%AA%DA%A9%D9%88%D8%A7%D8%AD%D8%AF_اجارهٔ-آپارتمان_تهران_سهروردی_دیوار/AZ-2yPhB',
    'AZ-2yPhB',
    'نیلوفر-۱۳۰متر-۲خواب-تکواحد_اجارهٔ-آپارتمان_تهران_سهروردی_دیوار',
  ],
  [
    'https://divar.ir/v/استخدام-منشی-و-دستیار-خانم/gaxWZCEz',
    'gaxWZCEz',
    'استخدام-منشی-و-دستیار-خانم',
  ],
  ['https://divar.ir/v/some-slug/gap5_twe/', 'gap5_twe', 'some-slug'],
  ['https://divar.ir/v/gap5_twe/', 'gap5_twe', undefined],
  ['https://www.divar.ir/v/x/gammaxvi#photos', 'gammaxvi', 'x'],
  ['http://divar.ir/v/gammaxvi', 'gammaxvi', undefined],
  ['  https://divar.ir/v/gammaxvi  ', 'gammaxvi', undefined],
  ['https://divar.ir/v/%ZZbroken/gammaxvi', 'gammaxvi', '%ZZbroken'],
];

const REJECTED = [
  '',
  'gammaxvi',
  'divar.ir/v/gammaxvi',
  'https://divar.ir/',
  'https://divar.ir/v/',
  'https://divar.ir/v/short',
  'https://divar.ir/v/abcde',
  'https://divar.ir/v/seventeen-chars17',
  'https://divar.ir/v/slug/bad$tok1',
  'https://divar.ir/v/a/b/gammaxvi',
  'https://divar.ir/s/tehran/buy-apartment',
  'https://divar.ir/s/tehran/v/gammaxvi',
  'https://evil.example/v/gammaxvi',
  'https://divar.ir.evil.example/v/gammaxvi',
  'https://api.divar.ir/v8/posts-v2/web/gammaxvi',
  'ftp://divar.ir/v/gammaxvi',
  'javascript:alert(1)//divar.ir/v/gammaxvi',
];

describe('parsePostUrl', () => {
  it.each(ACCEPTED)('accepts %s', (url, token, slug) => {
    expect(parsePostUrl(url)).toEqual({ token, slug });
  });

  it.each(REJECTED)('rejects %j', (url) => {
    expect(parsePostUrl(url)).toBeUndefined();
  });

  it('accepts a URL object', () => {
    expect(parsePostUrl(new URL('https://divar.ir/v/-/AZ4LldV9'))?.token).toBe('AZ4LldV9');
  });
});

describe('post tokens', () => {
  it('recognises the token shape', () => {
    expect(isPostToken('AZ--REIA')).toBe(true);
    expect(isPostToken('gap5_twe')).toBe(true);
    expect(isPostToken('gap5 twe')).toBe(false);
    expect(isPostToken('gap5t')).toBe(false);
    expect(isPostToken('a'.repeat(17))).toBe(false);
  });

  it.each(['gap5tw', 'gap5twe', 'gap5twe9X', 'AZ--REIA_longer-6'.slice(0, 16)])(
    'accepts a token of another plausible length (%s) and says it is unusual',
    (token) => {
      expect(parsePostUrl(`https://divar.ir/v/slug/${token}`)?.token).toBe(token);
      expect(isUsualTokenLength(token)).toBe(false);
    },
  );

  it('builds post URLs that parse back', () => {
    const slug = 'آپارتمان ۸۰ متری/نارمک';
    const url = postUrlOf('gammaxvi', slug);
    expect(parsePostUrl(url)).toEqual({ token: 'gammaxvi', slug });
    expect(postUrlOf('gammaxvi')).toBe('https://divar.ir/v/gammaxvi');
  });
});
