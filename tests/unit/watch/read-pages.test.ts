import { describe, expect, it } from 'vitest';
import type { SearchBody } from '@/lib/divar/search-body';
import { MAX_PAGES_PER_CHECK, readFirstPages } from '@/lib/watch/read-pages';
import type { SeenMap } from '@/lib/watch/types';
import { cards, searchAnswer, token } from './fakes';

const body = { city_ids: ['1'] } as unknown as SearchBody;

function pagedSearch(pages: ReturnType<typeof searchAnswer>[]) {
  const bodies: SearchBody[] = [];
  return {
    bodies,
    search: async (sent: SearchBody) => {
      bodies.push(sent);
      const page = pages[bodies.length - 1];
      if (!page) throw new Error('read past the pages');
      return page;
    },
  };
}

const seenOf = (from: number, to: number): SeenMap =>
  Object.fromEntries(cards(from, to).map((card) => [card.token, { at: 0 }]));

describe('readFirstPages', () => {
  it('reads page 1 only when some of it was seen before', async () => {
    const { search, bodies } = pagedSearch([searchAnswer([...cards(100, 103), ...cards(1, 22)])]);
    const read = await readFirstPages(search, body, seenOf(1, 30), false);
    expect(read.pages).toBe(1);
    expect(read.listings.map((l) => l.token).slice(0, 3)).toEqual([
      token(100),
      token(101),
      token(102),
    ]);
    expect(bodies[0]).toEqual(body);
  });

  it('reads page 2, with page 1’s cursor, when every card on page 1 is new', async () => {
    const { search, bodies } = pagedSearch([
      searchAnswer(cards(200, 224), true, { cursor: 'p2' }),
      searchAnswer(cards(224, 248)),
    ]);
    const read = await readFirstPages(search, body, seenOf(1, 30), false);
    expect(read.pages).toBe(MAX_PAGES_PER_CHECK);
    expect(read.listings).toHaveLength(48);
    expect(bodies[1]).toEqual({ ...body, pagination_data: { cursor: 'p2' } });
  });

  it('never reads more than MAX_PAGES_PER_CHECK pages', async () => {
    const { search, bodies } = pagedSearch([
      searchAnswer(cards(300, 324)),
      searchAnswer(cards(324, 348)),
      searchAnswer(cards(348, 372)),
    ]);
    await readFirstPages(search, body, {}, false);
    expect(bodies).toHaveLength(MAX_PAGES_PER_CHECK);
  });

  it('reads one page for a baseline, and stops at the last page', async () => {
    const baseline = pagedSearch([searchAnswer(cards(1, 25))]);
    expect((await readFirstPages(baseline.search, body, {}, true)).pages).toBe(1);
    const short = pagedSearch([searchAnswer(cards(1, 5), false)]);
    expect((await readFirstPages(short.search, body, {}, false)).pages).toBe(1);
  });
});
