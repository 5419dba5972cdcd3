import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postSearch,
  postTokens,
  searchBody,
  startTestReplica,
  type TestReplica,
} from './test-support.ts';

let t: TestReplica;
beforeAll(async () => {
  t = await startTestReplica({ seed: 3 });
});
afterAll(() => t.replica.close());

const category = { category: { str: { value: 'apartment-sell' } } };

describe('search body validation', () => {
  it.each([
    ['price as str', { price: { str: { value: '1000' } } }],
    ['districts as str', { districts: { str: { value: '75' } } }],
    ['elevator as str', { elevator: { str: { value: 'true' } } }],
    [
      'category as repeated_string',
      { category: { repeated_string: { value: ['apartment-sell'] } } },
    ],
    ['size with two wrappers', { size: { number_range: { minimum: '40' }, str: { value: '40' } } }],
    ['rooms with numbers', { rooms: { repeated_string: { value: [2] } } }],
    ['price with a non-numeric bound', { price: { number_range: { minimum: 'cheap' } } }],
    ['bbox with plain floats', { bbox: { repeated_float: { value: [51.4, 35.7, 51.5, 35.8] } } }],
    ['a bare value', { parking: true }],
  ])('rejects %s with 400 and a divar-like error body', async (_name, data) => {
    const { status, json } = await postSearch(t.fetch, searchBody(['1'], { ...category, ...data }));
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(typeof json.error.message).toBe('string');
  });

  it('rejects unparsable JSON, non-string city ids and a non-object body', async () => {
    expect((await postSearch(t.fetch, '{"city_ids": [')).status).toBe(400);
    expect((await postSearch(t.fetch, searchBody([1 as never], category))).status).toBe(400);
    expect((await postSearch(t.fetch, '[1,2]')).status).toBe(400);
  });

  it('ignores unknown keys (same results as without them)', async () => {
    const plain = await postSearch(t.fetch, searchBody(['1'], category));
    const extra = await postSearch(
      t.fetch,
      searchBody(['1'], { ...category, 'no-such-filter': { whatever: 1 }, other: 'x' }),
    );
    expect(extra.status).toBe(200);
    expect(postTokens(extra.json)).toEqual(postTokens(plain.json));
    expect(extra.json.action_log.server_side_info.info.search_data.form_data_json).not.toContain(
      'no-such-filter',
    );
  });

  it('accepts numbers as number_range bounds, the browser duplicate `value`, and {"boolean":{}}', async () => {
    const asStrings = await postSearch(
      t.fetch,
      searchBody(['1'], {
        ...category,
        size: {
          number_range: { minimum: '60', maximum: '90', value: { minimum: '60', maximum: '90' } },
        },
        parking: { boolean: {} },
      }),
    );
    const asNumbers = await postSearch(
      t.fetch,
      searchBody(['1'], {
        ...category,
        size: { number_range: { minimum: 60, maximum: 90 } },
        parking: { boolean: { value: true } },
      }),
    );
    expect(asStrings.status).toBe(200);
    expect(postTokens(asNumbers.json)).toEqual(postTokens(asStrings.json));
  });

  it('echoes normalised filters (sorted keys, string bounds) in form_data_json and jli', async () => {
    const { json } = await postSearch(
      t.fetch,
      searchBody(['1'], {
        size: { number_range: { minimum: 40 } },
        ...category,
        elevator: { boolean: { value: true } },
      }),
    );
    const info = json.action_log.server_side_info.info;
    expect(JSON.parse(info.search_data.form_data_json)).toEqual({
      data: {
        category: { str: { value: 'apartment-sell' } },
        elevator: { boolean: { value: true } },
        size: { number_range: { minimum: '40', value: { minimum: '40' } } },
      },
    });
    expect(info.jli).toMatchObject({
      size: { min: 40 },
      elevator: true,
      category: { value: 'apartment-sell' },
      cities: ['1'],
    });
    expect(
      json.list_widgets[0].action_log.server_side_info.info.extra_data.search_data.form_data_json,
    ).toBe(info.search_data.form_data_json);
  });
});
