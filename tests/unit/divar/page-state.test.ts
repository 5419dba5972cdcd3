import { describe, expect, it, vi } from 'vitest';
import { crossCheckPageState, effectiveQuery } from '@/lib/divar/cross-check';
import {
  createPageStateAnswer,
  findSearchState,
  readPreloadedState,
  searchStateFromScripts,
} from '@/lib/divar/page-state';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { divarSampleJson } from '../../fixtures/files.ts';

const response = divarSampleJson('search_apartment-sell_tehran_page1.trimmed.json');

// The URL of the captured page-1 search, written from its form_data_json echo.
const PAGE1_URL =
  'https://divar.ir/s/tehran/buy-apartment?building-age=0-15&districts=198,399,654,75,907,929&elevator=true' +
  '&floor=-1-6&parking=true&price=11000000000-60000000000&price_per_square=256000000-900000000&rebuilt=true' +
  '&recent_ads=1d&rooms=%DB%8C%DA%A9,%D8%AF%D9%88,%D8%B3%D9%87,%DA%86%D9%87%D8%A7%D8%B1&size=40-140&warehouse=true&sort=sort_date';

function script(state: unknown) {
  return `window.__PRELOADED_STATE__ = ${JSON.stringify(state).replace(/\//g, '\\u002F')};\nwindow.__x = {"a": 1};`;
}

function query(url: string) {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error('unparsable');
  return result.query;
}

describe('page state', () => {
  it('reads the balanced state object despite braces in strings, escapes and later statements', () => {
    const state = {
      nb: { title: 'a } b { "c"', path: '/s/tehran', tail: 'ends in \\', quote: '\\"}' },
      big: 'x'.repeat(300_000),
    };
    expect(readPreloadedState(script(state))).toEqual(state);
    expect(readPreloadedState('window.__PRELOADED_STATE__ = {"broken": ')).toBeUndefined();
    expect(readPreloadedState('var x = 1;')).toBeUndefined();
  });

  it('finds divar’s resolved filters wherever they sit in the state', () => {
    const found = findSearchState({ nb: { deep: { action_log: response.action_log } } });
    expect(found?.cities).toEqual(['1']);
    expect(JSON.parse(found?.formDataJson ?? '{}').data.category.str.value).toBe('apartment-sell');
  });

  it('skips scripts without a state and reads the first one that has it', () => {
    const texts = [
      'console.log(1)',
      script({ search: response.action_log.server_side_info.info.search_data }),
    ];
    expect(searchStateFromScripts(texts)?.cities).toEqual(['1']);
    expect(searchStateFromScripts(['console.log(1)'])).toBeUndefined();
  });
});

describe('the content script’s answer to the background’s question', () => {
  const first = 'https://divar.ir/s/tehran/buy-apartment?size=40-140';
  const ask = (url: unknown, type: unknown = 'readPageState') => ({ type, url });

  it('reads the page’s state on the first question only, for the URL the page loaded with', () => {
    const state = { formDataJson: '{"data":{}}', cities: ['1'] };
    const read = vi.fn(() => state);
    const answer = createPageStateAnswer(first, read);
    expect(read).not.toHaveBeenCalled();
    expect(answer(ask(first))).toEqual({ pageState: state });
    expect(answer(ask(first))).toEqual({ pageState: state });
    expect(read).toHaveBeenCalledOnce();
    expect(answer(ask('https://divar.ir/s/tehran/buy-apartment'))).toEqual({
      stateMissing: 'navigated',
    });
  });

  it('says not-found for a page without state, and ignores other messages', () => {
    const answer = createPageStateAnswer(first, () => undefined);
    expect(answer(ask(first))).toEqual({ stateMissing: 'not-found' });
    for (const other of [null, 'readPageState', ask(first, 'pageProgress'), ask(42), {}])
      expect(answer(other)).toBeUndefined();
  });
});

describe('crossCheckPageState against the captured search', () => {
  const state = findSearchState(response.action_log) ?? { formDataJson: '', cities: [] };

  it('agrees when the URL says what divar resolved', () => {
    expect(crossCheckPageState(query(PAGE1_URL), state)).toEqual({ status: 'agrees' });
  });

  it('lists each differing field and uses the page’s filters', () => {
    const url = PAGE1_URL.replace('size=40-140', 'size=50-140').replace('&elevator=true', '');
    const check = crossCheckPageState(query(url), state);
    expect(check.status).toBe('differs');
    if (check.status !== 'differs') return;
    expect(check.differences).toMatchObject([
      { field: 'elevator', url: undefined, page: 'true', pageValue: { boolean: { value: true } } },
      {
        field: 'size',
        url: '50..140',
        page: '40..140',
        urlValue: { number_range: { minimum: '50' } },
        pageValue: { number_range: { minimum: '40' } },
      },
    ]);
    expect(check.differences[0]).not.toHaveProperty('urlValue');
    expect(effectiveQuery(query(url), check).formData.size).toMatchObject({
      number_range: { minimum: '40' },
    });
  });

  it('compares cities too, and reports a state it cannot read', () => {
    const check = crossCheckPageState(query(PAGE1_URL), { ...state, cities: ['2'] });
    expect(check.status === 'differs' && check.differences[0]).toEqual({
      field: 'city_ids',
      url: '1',
      page: '2',
      urlValue: { repeated_string: { value: ['1'] } },
      pageValue: { repeated_string: { value: ['2'] } },
    });
    expect(
      crossCheckPageState(query(PAGE1_URL), { formDataJson: '{nope', cities: [] }).status,
    ).toBe('unreadable');
    expect(
      crossCheckPageState(query(PAGE1_URL), {
        formDataJson: '{"data":{"x":{"weird":{}}}}',
        cities: [],
      }).status,
    ).toBe('unreadable');
  });
});
