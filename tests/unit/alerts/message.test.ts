import { describe, expect, it } from 'vitest';
import {
  alertMessageFor,
  changePercent,
  ITEMS_PER_ALERT,
  testMessageFor,
} from '@/lib/alerts/message';
import type { WatchHit } from '@/lib/watch/types';
import { HITS, SEARCH } from './harness';

const AT = Date.UTC(2026, 10, 20, 9, 30);

describe('an alert message', () => {
  const { text, payload } = alertMessageFor(SEARCH, HITS, AT);

  it('is Persian: the watch name, the counts, each post link, price, old price, change and district', () => {
    expect(text.split('\n')[0]).toBe('🔔 آپارتمان‌های من: ۱ آگهی تازه، ۱ کاهش قیمت');
    expect(text).toContain('🆕 آگهی تازه: آپارتمان ۸۵ متری');
    expect(text).toContain('قیمت: ۹٬۵۰۰٬۰۰۰٬۰۰۰ تومان');
    expect(text).toContain('قبلاً: ۱۲٬۰۰۰٬۰۰۰٬۰۰۰ تومان، ۸٫۳٪ کمتر');
    expect(text).toContain('محله: ونک');
    expect(text).toContain('محله: سعادت‌آباد');
    expect(text).toContain('https://divar.ir/v/gZ1abc');
    expect(text).toContain('https://divar.ir/v/gZ2def');
    expect(text.replace(/https:\/\/\S+/g, '')).not.toMatch(/[0-9]/);
  });

  it('gives the webhook the same news as JSON with version 1', () => {
    expect(payload).toMatchObject({
      version: 1,
      watch: { id: 'w1', name: 'آپارتمان‌های من', url: SEARCH.url },
      checkedAt: '2026-11-20T09:30:00.000Z',
      text,
    });
    expect(payload.items[1]).toEqual({
      kind: 'price-drop',
      token: 'gZ2def',
      url: 'https://divar.ir/v/gZ2def',
      title: 'آپارتمان نوساز',
      district: 'سعادت‌آباد',
      price: 11_000_000_000,
      previous: { price: 12_000_000_000 },
      changePercent: -8.3,
    });
  });

  it('names at most ITEMS_PER_ALERT listings and counts the rest; the JSON keeps them all', () => {
    const many = Array.from({ length: ITEMS_PER_ALERT + 3 }, (_, i) => ({
      ...HITS[0],
      token: `t${i}`,
      url: `https://divar.ir/v/t${i}`,
    })) as typeof HITS;
    const message = alertMessageFor(SEARCH, many, AT);
    expect(message.text).toContain('و ۳ مورد دیگر');
    expect(message.text).not.toContain(`https://divar.ir/v/t${ITEMS_PER_ALERT}`);
    expect(message.payload.items).toHaveLength(ITEMS_PER_ALERT + 3);
    expect(message.text.length).toBeLessThanOrEqual(4096);
  });

  it('measures a change on the price, else the deposit; none without a previous amount', () => {
    expect(changePercent(HITS[1] as (typeof HITS)[1])).toBe(-8.3);
    expect(changePercent(HITS[0] as (typeof HITS)[0])).toBeUndefined();
    const rent: WatchHit = {
      ...(HITS[0] as WatchHit),
      kind: 'price-drop',
      price: undefined,
      deposit: 150,
      previous: { deposit: 200 },
    };
    expect(changePercent(rent)).toBe(-25);
  });

  it('the test message says which watch it is for and is marked as a test', () => {
    const message = testMessageFor(SEARCH, AT);
    expect(message.text).toContain('«آپارتمان‌های من»');
    expect(message.payload).toMatchObject({ version: 1, test: true, items: [] });
  });
});
