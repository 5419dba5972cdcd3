import { describe, expect, it } from 'vitest';
import { listingsFromSearchResponse } from '@/lib/divar/listing/search';
import { searchResponseSchema } from '@/lib/divar/schemas/search-response';
import { type RawJson, readSample } from './samples';

const read = (raw: RawJson) => listingsFromSearchResponse(searchResponseSchema.parse(raw));

const DIVIDER = { widget_type: 'DIVIDER_ROW', data: { fullwidth: true, padded: true } };
// As captured on Top-Divar's page 2, where the ZWNJ of "آگهی‌های" was lost.
const SIMILAR = { widget_type: 'SELECTOR_ROW', data: { title: 'آگهیهای مشابه', icon: {} } };

describe('listingsFromSearchResponse on the page-1 sample', () => {
  const page = read(readSample('searchPage1'));

  it('reads both cards as results with their category and city from the page', () => {
    expect(page.listings.map((l) => [l.token, l.price, l.district, l.sortDate])).toEqual([
      ['gapa1FMk', 35_000_000_000, 'سعادت‌آباد', '2026-09-15T14:29:17.323148Z'],
      ['gapCVkTW', 52_000_000_000, 'سعادت‌آباد', '2026-09-15T14:05:19.199979Z'],
    ]);
    for (const listing of page.listings)
      expect(listing).toMatchObject({ category: 'apartment-sell', city: 'تهران', cityId: '1' });
    expect(page.recommendations).toEqual([]);
    expect(page.unknown).toEqual([]);
  });

  it('keeps the cards’ own tags (none in the sample)', () => {
    expect(page.listings.map((l) => l.tags)).toEqual([[], []]);
  });
});

describe('listingsFromSearchResponse', () => {
  it('reads the empty last page as nothing', () => {
    expect(read(readSample('searchPage2Empty'))).toEqual({
      listings: [],
      recommendations: [],
      unknown: [],
    });
  });

  it('puts cards after "آگهی‌های مشابه" in recommendations, never in listings', () => {
    const raw = readSample('searchPage1');
    const [first, second] = raw.list_widgets;
    raw.list_widgets = [first, DIVIDER, SIMILAR, second];
    const page = read(raw);
    expect(page.listings.map((l) => l.token)).toEqual(['gapa1FMk']);
    expect(page.recommendations.map((l) => l.token)).toEqual(['gapCVkTW']);
    // A recommendation may be outside the searched city; the city name still comes from the card.
    expect(page.recommendations[0]?.cityId).toBeUndefined();
    expect(page.recommendations[0]?.city).toBe('تهران');
    expect(page.unknown).toEqual([]);
  });

  it('knows a later recommendation page (no divider) by its relaxed cards', () => {
    const raw = readSample('searchPage1');
    raw.list_widgets[1].action_log.server_side_info.info.extra_data.last_post_sort_date =
      '1789460733266302';
    expect(read(raw).recommendations.map((l) => l.token)).toEqual(['gapCVkTW']);
    raw.action_log.server_side_info.info.search_layer = 'fuzzy_filter';
    expect(read(raw).listings).toEqual([]);
  });

  it('reports widgets that are neither cards nor dividers', () => {
    const raw = readSample('searchPage1');
    raw.list_widgets.splice(
      1,
      0,
      { widget_type: 'BANNER_ROW', data: { title: 'دیوار ویژه' } },
      {
        widget_type: 'SELECTOR_ROW',
        data: { title: 'فیلترهای بیشتر' },
      },
    );
    const page = read(raw);
    expect(page.listings).toHaveLength(2);
    expect(page.unknown).toEqual([
      { section: 'list_widgets', widgetType: 'BANNER_ROW', excerpt: 'دیوار ویژه' },
      { section: 'list_widgets', widgetType: 'SELECTOR_ROW', excerpt: 'فیلترهای بیشتر' },
    ]);
  });

  it('leaves cityId out when the search covered more than one city, or a province', () => {
    const raw = readSample('searchPage1');
    raw.action_log.server_side_info.info.cities = ['1', '3'];
    expect(read(raw).listings[0]?.cityId).toBeUndefined();
    raw.action_log.server_side_info.info.cities = ['891'];
    expect(read(raw).listings[0]?.cityId).toBeUndefined();
  });
});
