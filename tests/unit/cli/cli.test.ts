import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runPayload } from '@/lib/cli/payload';
import { runToken } from '@/lib/cli/token';

const noFile = () => {
  throw new Error('ENOENT');
};
const SEARCH = 'https://divar.ir/s/tehran/buy-apartment?size=40-140&districts=75';
const pageWith = (formData: object, cities = ['1']) =>
  `<html><script>window.__PRELOADED_STATE__ = ${JSON.stringify({
    search: { search_data: { form_data_json: JSON.stringify({ data: formData }), cities } },
  })};</script></html>`;

describe('payload CLI', () => {
  it('prints the JSON body of a search URL', () => {
    const result = runPayload([SEARCH], noFile);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).search_data.form_data.data.districts).toEqual({
      repeated_string: { value: ['75'] },
    });
  });

  it('prints a cURL command with --curl', () => {
    expect(runPayload([SEARCH, '--curl'], noFile).stdout).toMatch(
      /^curl 'https:\/\/api\.divar\.ir/,
    );
  });

  it.each([
    [['https://example.com/s/tehran'], 'not a divar.ir URL'],
    [['https://divar.ir/v/gammaxvi'], 'not a divar.ir search page'],
    [['https://divar.ir/s/tehran/jobs?size=90-20'], 'size: minimum 90 is above maximum 20'],
    [[], 'usage'],
    [[SEARCH, '--page-state'], 'usage'],
    [[SEARCH, '--what'], 'usage'],
  ])('exits 2 with one line for %j', (args, message) => {
    const result = runPayload(args, noFile);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('cross-checks against a saved page and uses the page’s filters when they differ', () => {
    const html = pageWith({
      category: { str: { value: 'apartment-sell' } },
      size: { number_range: { minimum: '50', maximum: '140' } },
      districts: { repeated_string: { value: ['75'] } },
    });
    const result = runPayload([SEARCH, '--page-state', 'page.html'], () => html);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('size: url=40..140 page=50..140');
    expect(JSON.parse(result.stdout).search_data.form_data.data.size.number_range.minimum).toBe(
      '50',
    );
  });

  it('exits 1 when the page file is missing or has no state', () => {
    expect(runPayload([SEARCH, '--page-state', 'x.html'], noFile).code).toBe(1);
    expect(runPayload([SEARCH, '--page-state', 'x.html'], () => '<html></html>').code).toBe(1);
  });
});

describe('token CLI', () => {
  it('prints the token of a post URL, or every token in a text', () => {
    expect(runToken(['https://divar.ir/v/%D8%A2/gammaxvi?ref=ios']).stdout).toBe('gammaxvi\n');
    expect(runToken(['two:', 'divar.ir/v/-/AZ4LldV9', 'https://divar.ir/v/gaxWZCEz']).stdout).toBe(
      'AZ4LldV9\ngaxWZCEz\n',
    );
  });

  it('exits 2 when there is no post', () => {
    expect(runToken(['https://divar.ir/s/tehran'])).toMatchObject({ code: 2, stdout: '' });
    expect(runToken([]).code).toBe(2);
  });
});

describe('the npm scripts', () => {
  it('run end to end through npm', () => {
    const out = execFileSync('npm', ['run', '-s', 'token', '--', 'https://divar.ir/v/-/AZ4LldV9'], {
      encoding: 'utf8',
    });
    expect(out).toBe('AZ4LldV9\n');
    const bad = spawnSync('npm', ['run', '-s', 'payload', '--', 'https://example.com/'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a divar.ir URL');
  });
});
