import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runListings } from '@/lib/cli/listings';
import { SAMPLE, SAMPLES_DIR } from '../divar/listing/samples';

const readReal = (path: string) => readFileSync(path, 'utf8');
const sample = (name: keyof typeof SAMPLE) => `${SAMPLES_DIR}${SAMPLE[name]}`;
const lines = (text: string) => text.split('\n').filter(Boolean);
const jsonLines = (text: string) => lines(text).map((line) => JSON.parse(line));

describe('listings CLI on the reference samples', () => {
  it('prints the two cards of a search page, and a count on stderr', () => {
    const result = runListings([sample('searchPage1')], readReal);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).map((l) => [l.token, l.price])).toEqual([
      ['gapa1FMk', 35_000_000_000],
      ['gapCVkTW', 52_000_000_000],
    ]);
    expect(result.stderr).toBe('search page: 2 listings, 0 recommendations\n');
  });

  it('prints nothing for the empty last page', () => {
    expect(runListings([sample('searchPage2Empty')], readReal)).toEqual({
      stdout: '',
      stderr: 'search page: 0 listings, 0 recommendations\n',
      code: 0,
    });
  });

  it.each([
    ['gammaxvi', 'gammaxvi', 20_500_000_000, ['gammaxvi BUSINESS_SECTION LAZY_SECTION']],
    ['jobs', 'gaxWZCEz', undefined, []],
    ['legacyRent', 'AZ-2yPhB', undefined, []],
    [
      'legacySell',
      'AZ--REIA',
      4_000_000_000,
      ['AZ--REIA widgets SUGGESTION_ROW', 'AZ--REIA widgets SUGGESTION_ROW'],
    ],
  ] as const)(
    'prints post %s as one line, not-understood widgets on stderr',
    (name, token, price, unknown) => {
      const result = runListings([sample(name)], readReal);
      expect(result.code).toBe(0);
      const [listing, ...rest] = jsonLines(result.stdout);
      expect(rest).toEqual([]);
      expect(listing).toMatchObject({ token, url: `https://divar.ir/v/${token}` });
      expect(listing.price).toBe(price);
      expect(
        lines(result.stderr).map((line) => line.replace(/^not understood: | ".*"$/g, '')),
      ).toEqual(unknown);
    },
  );

  it('prints the keys in the model’s order', () => {
    const [listing] = jsonLines(runListings([sample('gammaxvi')], readReal).stdout);
    expect(Object.keys(listing).slice(0, 6)).toEqual([
      'token',
      'url',
      'source',
      'title',
      'category',
      'city',
    ]);
    expect(Object.keys(listing).at(-1)).toBe('unknownWidgets');
  });

  it('prints the recommendations instead with --recommendations', () => {
    const page = JSON.parse(readReal(sample('searchPage1')));
    page.list_widgets.splice(1, 0, {
      widget_type: 'SELECTOR_ROW',
      data: { title: 'آگهی‌های مشابه' },
    });
    const result = runListings(['page.json', '--recommendations'], () => JSON.stringify(page));
    expect(jsonLines(result.stdout).map((l) => l.token)).toEqual(['gapCVkTW']);
    expect(result.stderr).toBe('search page: 1 listings, 1 recommendations\n');
  });
});

describe('listings CLI on bad input', () => {
  it.each([
    [sample('searchRequest'), 'not a divar search page, posts-v2 post or legacy v8 post'],
    ['not-found.json', 'divar said: آگهی یافت نشد'],
    ['list.json', 'not a divar search page'],
  ])('exits 2 with one line for %s', (path, message) => {
    const files: Record<string, string> = {
      'not-found.json': '{"message":"آگهی یافت نشد"}',
      'list.json': '[1, 2]',
    };
    const result = runListings([path], (p) => files[p] ?? readReal(p));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain(message);
    expect(lines(result.stderr)).toHaveLength(1);
  });

  it('prints the listing and names each field it skipped on stderr', () => {
    const post = JSON.parse(readReal(sample('gammaxvi')));
    post.sections[4].widgets[2].data.value = { amount: 20500000000 };
    const result = runListings(['post.json'], () => JSON.stringify(post));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).token).toBe('gammaxvi');
    expect(result.stderr).toContain(
      'skipped sections[LIST_DATA].widgets[UNEXPANDABLE_ROW].data.value: seen object, expected string',
    );
  });

  it("exits 2 naming what was expected when the JSON is not divar's", () => {
    const result = runListings(['x.json'], () => JSON.stringify({ list_widgets: 'oops' }));
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^x\.json: search: list_widgets: expected a widget list/);
  });

  it.each([
    [() => '{"sections": [', 'is not valid JSON'],
    [
      () => {
        throw new Error('ENOENT: no such file');
      },
      'cannot be read: ENOENT',
    ],
  ])('exits 1 for a file that cannot be used (%#)', (readFile, message) => {
    const result = runListings(['x.json'], readFile);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain(`x.json ${message}`);
  });

  it.each([[[]], [['a.json', 'b.json']], [['--what']]])('exits 2 with usage for %j', (args) => {
    expect(runListings(args, readReal)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage'),
    });
  });
});

describe('the npm script', () => {
  it('runs end to end', () => {
    const ok = spawnSync('npm', ['run', '-s', 'listings', '--', sample('gammaxvi')], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).token).toBe('gammaxvi');
    expect(ok.stderr).toContain('LAZY_SECTION');
    const bad = spawnSync('npm', ['run', '-s', 'listings', '--', sample('searchRequest')], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    const missing = spawnSync('npm', ['run', '-s', 'listings', '--', '/nonexistent.json'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(1);
  });
});
