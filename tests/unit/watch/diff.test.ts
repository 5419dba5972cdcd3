import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/divar/listing/types';
import { diffListings, isPriceDrop, MAX_SEEN, pruneSeen, SEEN_MAX_AGE_MS } from '@/lib/watch/diff';
import type { SeenMap } from '@/lib/watch/types';

const NOW = Date.UTC(2026, 8, 22, 9);
const DAY = 24 * 3_600_000;

const listing = (token: string, amounts: Partial<Listing> = {}): Listing => ({
  token,
  url: `https://divar.ir/v/${token}`,
  source: 'card',
  title: `Title ${token}`,
  imageUrls: [],
  tags: [],
  facts: {},
  unknownWidgets: [],
  ...amounts,
});

describe('diffListings', () => {
  it('a hit keeps the district the card named (alerts say it)', () => {
    const seen: SeenMap = { aaaaaaaa: { price: 200, at: NOW - DAY } };
    const { hits } = diffListings(
      seen,
      [
        listing('aaaaaaaa', { price: 150, district: 'ونک' }),
        listing('bbbbbbbb', { price: 100, district: 'تجریش' }),
        listing('cccccccc'),
      ],
      NOW,
      false,
    );
    expect(hits.map((hit) => [hit.token, hit.kind, hit.district])).toEqual([
      ['aaaaaaaa', 'price-drop', 'ونک'],
      ['bbbbbbbb', 'new', 'تجریش'],
      ['cccccccc', 'new', undefined],
    ]);
    expect(hits[2]).not.toHaveProperty('district');
  });

  it('a baseline records every listing and reports nothing', () => {
    const { hits, seen } = diffListings(
      {},
      [listing('aaaaaaaa', { price: 100 }), listing('bbbbbbbb')],
      NOW,
      true,
    );
    expect(hits).toEqual([]);
    expect(seen).toEqual({ aaaaaaaa: { price: 100, at: NOW }, bbbbbbbb: { at: NOW } });
  });

  it('reports unknown tokens as new, with their title, URL and price', () => {
    const before: SeenMap = { aaaaaaaa: { price: 100, at: NOW - 1 } };
    const { hits } = diffListings(
      before,
      [listing('cccccccc', { price: 250 }), listing('aaaaaaaa', { price: 100 })],
      NOW,
      false,
    );
    expect(hits).toEqual([
      {
        kind: 'new',
        token: 'cccccccc',
        url: 'https://divar.ir/v/cccccccc',
        title: 'Title cccccccc',
        at: NOW,
        price: 250,
      },
    ]);
  });

  it('reports a lower price of a seen listing as a price drop, with the price before', () => {
    const before: SeenMap = { aaaaaaaa: { price: 100, at: NOW - 1 } };
    const { hits, seen } = diffListings(before, [listing('aaaaaaaa', { price: 80 })], NOW, false);
    expect(hits).toMatchObject([
      { kind: 'price-drop', token: 'aaaaaaaa', price: 80, previous: { price: 100 } },
    ]);
    expect(seen.aaaaaaaa).toEqual({ price: 80, at: NOW });
  });

  it('stays quiet on a price rise, an unchanged price, or a price that disappeared', () => {
    const before: SeenMap = {
      a1234567: { price: 100, at: 0 },
      b1234567: { price: 100, at: 0 },
      c1234567: { price: 100, at: 0 },
    };
    const now = [
      listing('a1234567', { price: 120 }),
      listing('b1234567', { price: 100 }),
      listing('c1234567'),
    ];
    expect(diffListings(before, now, NOW, false).hits).toEqual([]);
  });

  it('counts a card shown twice in one check once', () => {
    const { hits } = diffListings({}, [listing('dddddddd'), listing('dddddddd')], NOW, false);
    expect(hits).toHaveLength(1);
  });

  it('does not change the map it was given', () => {
    const before: SeenMap = { aaaaaaaa: { price: 100, at: 1 } };
    diffListings(before, [listing('aaaaaaaa', { price: 50 }), listing('eeeeeeee')], NOW, false);
    expect(before).toEqual({ aaaaaaaa: { price: 100, at: 1 } });
  });
});

describe('isPriceDrop', () => {
  it.each([
    [{ price: 100 }, { price: 90 }, true],
    [{ price: 100 }, { price: 100 }, false],
    [{ deposit: 100, monthlyRent: 10 }, { deposit: 80, monthlyRent: 10 }, true],
    [{ deposit: 100, monthlyRent: 10 }, { deposit: 80, monthlyRent: 12 }, false],
    [{}, { price: 10 }, false],
  ])('%o → %o: %s', (before, after, expected) => {
    expect(isPriceDrop(before, after)).toBe(expected);
  });
});

describe('pruneSeen', () => {
  it('forgets listings not seen for longer than the age limit', () => {
    const seen: SeenMap = {
      old00000: { at: NOW - SEEN_MAX_AGE_MS - 1 },
      fresh000: { at: NOW - DAY },
    };
    expect(Object.keys(pruneSeen(seen, NOW))).toEqual(['fresh000']);
  });

  it('keeps at most MAX_SEEN, the most recently seen', () => {
    const seen: SeenMap = Object.fromEntries(
      Array.from({ length: MAX_SEEN + 40 }, (_, i) => [
        `t${String(i).padStart(7, '0')}`,
        { at: NOW - i * 1000 },
      ]),
    );
    const pruned = pruneSeen(seen, NOW);
    expect(Object.keys(pruned)).toHaveLength(MAX_SEEN);
    expect(pruned.t0000000).toBeDefined();
    expect(pruned[`t${String(MAX_SEEN + 39).padStart(7, '0')}`]).toBeUndefined();
  });

  it('stays bounded over a week of checks that each bring new listings', () => {
    let seen: SeenMap = {};
    let total = 0;
    for (let check = 0; check < 7 * 24 * 4; check++) {
      const now = NOW + check * 15 * 60_000;
      const page = Array.from({ length: 24 }, (_, i) =>
        listing(`n${String(check * 3 + i).padStart(7, '0')}`),
      );
      const result = diffListings(seen, page, now, check === 0);
      total += result.hits.length;
      seen = pruneSeen(result.seen, now);
      expect(Object.keys(seen).length).toBeLessThanOrEqual(MAX_SEEN);
    }
    // Three new listings per check, every one reported once (none forgotten and re-reported).
    expect(total).toBe((7 * 24 * 4 - 1) * 3);
  });
});

describe('diffListings with the listing history', () => {
  it('reports a drop of a listing this watch never saw but the history knew, as a drop', () => {
    const elsewhere = new Map([
      ['aaaaaaaa', { price: 200 }],
      ['bbbbbbbb', { price: 100 }],
    ]);
    const { hits } = diffListings(
      {},
      [listing('aaaaaaaa', { price: 150 }), listing('bbbbbbbb', { price: 100 })],
      NOW,
      false,
      elsewhere,
    );
    expect(hits.map((h) => [h.token, h.kind, h.previous])).toEqual([
      ['aaaaaaaa', 'price-drop', { price: 200 }],
      ['bbbbbbbb', 'new', undefined],
    ]);
  });

  it('a baseline stays silent even when the history knew a higher price', () => {
    const elsewhere = new Map([['aaaaaaaa', { price: 200 }]]);
    const { hits } = diffListings({}, [listing('aaaaaaaa', { price: 1 })], NOW, true, elsewhere);
    expect(hits).toEqual([]);
  });
});
