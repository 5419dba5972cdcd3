import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatSearch, SEARCH_ENDPOINT, searchAsCurl, searchAsFetch } from '@/lib/divar/copy-as';
import { toSearchBody } from '@/lib/divar/search-body';
import { parseSearchUrl } from '@/lib/divar/search-url';

const result = parseSearchUrl(
  "https://divar.ir/s/tehran/buy-apartment?q=it's+%DB%B2%DB%B0%DB%B6&size=40-90",
);
if (!result.ok) throw new Error('unparsable');
const body = toSearchBody(result.query);

describe('copy as', () => {
  it('JSON is the body itself', () => {
    expect(JSON.parse(formatSearch('json', body))).toEqual(body);
  });

  it('cURL survives the shell: the body it sends is the body we built', () => {
    const command = searchAsCurl(body);
    // Let a real shell parse the quoting and print the --data-raw argument back.
    const printed = execFileSync('bash', [
      '-c',
      `set -- ${command.replace(/^curl /, '').replace(/\\\n/g, ' ')}; for a; do printf '%s\\0' "$a"; done`,
    ])
      .toString()
      .split('\0');
    expect(printed[0]).toBe(SEARCH_ENDPOINT);
    expect(JSON.parse(printed[printed.indexOf('--data-raw') + 1] ?? '')).toEqual(body);
    expect(printed).toContain('x-render-type: CSR');
  });

  it('never holds a session value, in any format, and has no way to be given one', () => {
    for (const format of ['json', 'curl', 'fetch'] as const)
      expect(formatSearch(format, body)).not.toMatch(/cookie|authorization|token/i);
    // One argument only: the old optional session parameter is gone.
    expect(searchAsCurl.length).toBe(1);
    expect(formatSearch.length).toBe(2);
  });

  it('fetch is a runnable call with the site headers and the body', () => {
    const code = searchAsFetch(body);
    const calls: unknown[][] = [];
    new Function('fetch', code)((...args: unknown[]) => {
      calls.push(args);
      return Promise.resolve({ json: () => ({}) });
    });
    const [url, init] = calls[0] as [
      string,
      { body: string; headers: Record<string, string>; credentials: string },
    ];
    expect(url).toBe(SEARCH_ENDPOINT);
    expect(JSON.parse(init.body)).toEqual(body);
    expect(init.headers['x-standard-divar-error']).toBe('true');
    expect(init.credentials).toBe('include');
  });
});
