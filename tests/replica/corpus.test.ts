import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_NOW, generateCorpus } from './corpus/generate.ts';
import { REAL_SAMPLE_TOKENS } from './corpus/samples.ts';
import { findDistrict } from './data/place-lookup.ts';
import { startReplica } from './index.ts';

const corpusOf = (seed: number) => generateCorpus({ seed, size: 5000, now: DEFAULT_CORPUS_NOW });

describe('corpus', () => {
  const corpus = corpusOf(1405);

  it('is deterministic for a seed and differs between seeds', () => {
    const again = corpusOf(1405);
    expect(again.listings.map((l) => [l.token, l.title, l.price, l.sortDateMicros])).toEqual(
      corpus.listings.map((l) => [l.token, l.title, l.price, l.sortDateMicros]),
    );
    const other = corpusOf(7);
    expect(other.listings.filter((l) => l.source === 'generated').map((l) => l.token)).not.toEqual(
      corpus.listings.filter((l) => l.source === 'generated').map((l) => l.token),
    );
  });

  it('startReplica serves the same corpus as generateCorpus for the seed', async () => {
    const replica = await startReplica({ seed: 1405 });
    try {
      expect(replica.corpus.listings.map((l) => l.token)).toEqual(
        corpus.listings.map((l) => l.token),
      );
    } finally {
      await replica.close();
    }
  });

  it('has ~5000 listings with unique 8-char tokens that avoid the real sample tokens', () => {
    expect(corpus.listings).toHaveLength(5002);
    const generated = corpus.listings.filter((l) => l.source === 'generated');
    expect(new Set(corpus.listings.map((l) => l.token)).size).toBe(5002);
    for (const { token } of generated) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{8}$/);
      expect(REAL_SAMPLE_TOKENS.has(token)).toBe(false);
    }
    expect(corpus.get('gammaxvi')?.source).toBe('sample');
    expect(corpus.get('gaxWZCEz')?.category).toBe('administration-and-hr');
  });

  it('covers the five cities and the six category families, newest first with unique dates', () => {
    expect(new Set(corpus.listings.map((l) => l.cityId))).toEqual(new Set([1, 2, 3, 4, 6]));
    const categories = new Set(corpus.listings.map((l) => l.category));
    for (const slug of [
      'apartment-sell',
      'apartment-rent',
      'house-villa-sell',
      'light',
      'mobile-phones',
      'administration-and-hr',
    ]) {
      expect(categories.has(slug as never)).toBe(true);
    }
    const dates = corpus.listings.map((l) => l.sortDateMicros);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('places every listing in a real district of its city', () => {
    for (const listing of corpus.listings) {
      expect(findDistrict(listing.districtId)?.cityId).toBe(listing.cityId);
    }
  });

  it('carries the facts filters need per category', () => {
    for (const listing of corpus.listings) {
      if (listing.category === 'apartment-sell') expect(listing.size).toBeGreaterThan(0);
      if (listing.category === 'apartment-rent') expect(listing.rooms).toBeGreaterThanOrEqual(0);
      if (listing.category === 'light') expect(listing.productionYear).toBeGreaterThan(1380);
      if (listing.category === 'mobile-phones') expect(listing.brandModel).toMatch(/^[a-z]+ /);
    }
  });
});
