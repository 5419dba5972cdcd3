import { describe, expect, it } from 'vitest';
import { toSearchBody } from '@/lib/divar/search-body';
import { parseSearchUrl } from '@/lib/divar/search-url';
import { divarSampleJson } from '../../fixtures/files.ts';

const sample = divarSampleJson('search_request_apartment-sell_page2.json');

// The divar.ir URL that stands for the captured request (filters as NOTES §3.2 writes them).
const SAMPLE_URL =
  'https://divar.ir/s/tehran/buy-apartment?warehouse=true&elevator=true' +
  '&price_per_square=256000000-900000000&districts=198%2C399%2C40%2C654%2C75%2C907%2C929%2C992' +
  '&rebuilt=true&recent_ads=1d&parking=true&rooms=%DB%8C%DA%A9%2C%D8%AF%D9%88%2C%D8%B3%D9%87%2C%DA%86%D9%87%D8%A7%D8%B1' +
  '&size=40-140&building-age=0-15&price=10000000000-60000000000&floor=-1-6&sort=sort_date';

function parsed(url: string) {
  const result = parseSearchUrl(url);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.query;
}

describe('toSearchBody', () => {
  it('rebuilds the captured browser request exactly, cursor included', () => {
    const body = toSearchBody(parsed(SAMPLE_URL), sample.body.pagination_data);
    expect(body.search_data.form_data).toEqual(sample.body.search_data.form_data);
    expect(body.city_ids).toEqual(sample.body.city_ids);
    expect(body.search_data.server_payload).toEqual(sample.body.search_data.server_payload);
    expect(body).toEqual(sample.body);
  });

  it('leaves the cursor out of page 1 and echoes a given cursor unchanged', () => {
    const query = parsed('https://divar.ir/s/karaj/buy-apartment');
    expect(toSearchBody(query)).not.toHaveProperty('pagination_data');
    const cursor = {
      '@type': 'type.googleapis.com/post_list.PaginationData',
      page: 3,
      layer_page: 2,
    };
    expect(toSearchBody(query, cursor).pagination_data).toBe(cursor);
  });

  it('puts q in search_data.query and sort in the server payload, never in form_data', () => {
    const body = toSearchBody(
      parsed(
        'https://divar.ir/s/tehran/car?q=%D9%BE%DA%98%D9%88+%DB%B2%DB%B0%DB%B6&sort=sort_date',
      ),
    );
    expect(body.search_data.query).toBe('پژو ۲۰۶');
    expect(body.source_view).toBe('SEARCH_BAR_QUERY_SUGGESTION');
    expect(body.search_data.form_data.data).toEqual({ category: { str: { value: 'light' } } });
    expect(body.search_data.server_payload?.additional_form_data.data.sort.str.value).toBe(
      'sort_date',
    );
  });

  it('sends map_bbox as the map camera, not as a filter', () => {
    const body = toSearchBody(
      parsed('https://divar.ir/s/tehran/buy-apartment?map_bbox=51.1,35.5,51.6,35.9'),
    );
    expect(body.map_state.camera_info.bbox).toEqual({
      min_longitude: 51.1,
      min_latitude: 35.5,
      max_longitude: 51.6,
      max_latitude: 35.9,
    });
    expect(body.search_data.form_data.data).not.toHaveProperty('map_bbox');
  });

  it('does not share form_data objects with the query', () => {
    const query = parsed('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    const body = toSearchBody(query);
    (
      body.search_data.form_data.data.size as { number_range: { minimum?: string } }
    ).number_range.minimum = '1';
    expect(query.formData.size).toEqual({
      number_range: { minimum: '40', maximum: '90', value: { minimum: '40', maximum: '90' } },
    });
  });
});
