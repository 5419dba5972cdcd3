import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { badgeText } from '@/lib/content/badge-host';
import { readCards, renderBadges } from '@/lib/content/card-badges';
import { createCardHistory } from '@/lib/content/card-history';
import { noteText } from '@/lib/content/history-text';
import { readPostFacts } from '@/lib/content/post-facts';
import { historyLines } from '@/lib/content/post-history-card';
import { sparkPoints } from '@/lib/content/sparkline';
import type { PostHistory } from '@/lib/history/summary';

// 12 Aban 1405 at noon in Tehran.
const ABAN_12 = Date.UTC(2026, 10, 3, 8, 30);
const DAY = 86_400_000;

const card = (token: string, title: string, price: string) => `
  <article class="unsafe-kt-post-card"><a class="unsafe-kt-post-card__action" href="/v/x/${token}">
    <h2 class="unsafe-kt-post-card__title">${title}</h2>
    <div class="unsafe-kt-post-card__description">${price}</div></a></article>`;

describe('history on divar pages', () => {
  it('says a drop, a re-post and a long stay in divar’s words, in Persian and English', () => {
    const note = { change: { percent: -8.2, since: ABAN_12 }, reposted: true, days: 45 };
    expect(noteText(note, 'fa')).toBe('↓ ۸٪ از ۱۲ آبان، دوباره آگهی شده، ۴۵ روز در دیوار');
    expect(noteText(note, 'en')).toBe('↓ 8% since Aban 12, Re-posted, 45 days on divar');
    expect(noteText({ change: { percent: 0.2, since: ABAN_12 } }, 'fa')).toBe('');
  });

  it('sends the cards the page shows, 60 a message, rent amounts left out, and badges them', async () => {
    const cards = Array.from({ length: 70 }, (_, i) =>
      card(
        `gTok${String(i).padStart(4, '0')}`,
        `آپارتمان ${i}`,
        i === 0 ? 'ودیعه: ۱۰۰,۰۰۰,۰۰۰ تومان' : '۵,۰۰۰,۰۰۰,۰۰۰ تومان',
      ),
    ).join('');
    const doc = parseHTML(`<html><body>${cards}</body></html>`).document;
    const sent: { cards: Record<string, unknown>[] }[] = [];
    const history = createCardHistory(async (message) => {
      sent.push(message as { cards: Record<string, unknown>[] });
      return { ok: true, data: { notes: { gTok0001: { reposted: true } }, skipped: 0 } };
    });
    await history.ask(readCards(doc));
    expect(sent.map((m) => m.cards.length)).toEqual([60, 10]);
    await history.ask(readCards(doc));
    expect(sent).toHaveLength(2);
    // Not delivered (the background asleep): the same cards go again on the next ask.
    let fail = true;
    const retried: unknown[] = [];
    const flaky = createCardHistory(async (message) => {
      if (fail) throw new Error('asleep');
      retried.push(message);
      return { ok: true, data: { notes: {}, skipped: 0 } };
    });
    await expect(flaky.ask(readCards(doc))).rejects.toThrow('asleep');
    fail = false;
    await flaky.ask(readCards(doc));
    expect(retried).toHaveLength(2);
    expect(sent[0]?.cards[0]).toEqual({ token: 'gTok0000', title: 'آپارتمان 0' });
    expect(sent[0]?.cards[1]).toMatchObject({ token: 'gTok0001', price: 5_000_000_000 });
    renderBadges(doc, 'fa', undefined, false, history.texts('fa'));
    const [first, second] = [...doc.querySelectorAll('article')].map(badgeText);
    expect(first).toBe('');
    expect(second).toBe('دوباره آگهی شده');
  });

  it('reads the post page as it shows itself', () => {
    const doc =
      parseHTML(`<html><body><div class="kt-page-title"><h1 class="kt-page-title__title">آپارتمان ۸۵ متری</h1></div>
      <table class="kt-group-row"><thead><tr><th>متراژ</th><th>ساخت</th></tr></thead><tbody><tr><td>۸۵</td><td>۱۳۹۵</td></tr></tbody></table>
      <div class="kt-base-row kt-unexpandable-row"><p class="kt-unexpandable-row__title">قیمت کل</p><p class="kt-unexpandable-row__value">۱۲,۰۰۰,۰۰۰,۰۰۰ تومان</p></div>
      </body></html>`).document;
    expect(readPostFacts(doc, 'gAAAAAAA')).toEqual({
      token: 'gAAAAAAA',
      title: 'آپارتمان ۸۵ متری',
      size: 85,
      price: 12_000_000_000,
    });
  });

  it('lists first sight, days, the re-post and how it was matched, and each change', () => {
    const history: PostHistory = {
      token: 'gAAAAAAA',
      firstSeen: ABAN_12,
      lastSeen: ABAN_12 + 9 * DAY,
      days: 45,
      amount: 'price',
      points: [
        { at: ABAN_12, value: 100 },
        { at: ABAN_12 + 9 * DAY, value: 92 },
      ],
      changes: [{ at: ABAN_12 + 9 * DAY, from: 100, to: 92, percent: -8 }],
      repost: {
        token: 'gOLD',
        firstSeen: ABAN_12 - 30 * DAY,
        lastSeen: ABAN_12 - DAY,
        match: 'seller-title-size',
      },
    };
    expect(historyLines(history, 'fa')).toEqual([
      ['اولین بار دیده‌شده: ۱۲ آبان ۱۴۰۵', '۴۵ روز در دیوار'],
      [
        'دوباره آگهی شده؛ آگهی قبلی از ۱۲ مهر ۱۴۰۵ تا ۱۱ آبان ۱۴۰۵ در دیوار بود',
        'یافته با همان فروشنده، عنوان و متراژ',
      ],
      ['۲۱ آبان ۱۴۰۵: از ۱۰۰ به ۹۲ تومان (−۸٪)'],
    ]);
    expect(historyLines(null, 'en')).toEqual([['No history recorded for this listing yet']]);
    // A post first seen today is not "0 days on divar"; one day is not "1 days".
    expect(historyLines({ ...history, days: 0 }, 'fa')[0]?.[1]).toBe('کمتر از یک روز در دیوار');
    expect(historyLines({ ...history, days: 1 }, 'en')[0]?.[1]).toBe('1 day on divar');
    expect(sparkPoints(history.points, 100, 20)).toBe('2.0,2.0 98.0,2.0 98.0,18.0');
  });
});
