import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/divar/listing/types';
import { mergeListing } from '@/lib/jobs/details';

const base = (patch: Partial<Listing>): Listing => ({
  token: 'gammaxvi',
  url: 'https://divar.ir/v/gammaxvi',
  source: 'card',
  title: 'card title',
  imageUrls: [],
  tags: [],
  facts: {},
  unknownWidgets: [],
  ...patch,
});

describe('mergeListing', () => {
  it('lets the detail win where it says something and keeps the card elsewhere', () => {
    const card = base({
      price: 100,
      sortDate: '2026-09-15T00:00:00Z',
      tags: ['نردبان شده'],
      imageUrls: ['thumb'],
    });
    const post = base({ source: 'post', title: 'post title', price: 120, size: 98, imageUrls: [] });
    expect(mergeListing(card, post)).toMatchObject({
      source: 'post',
      title: 'post title',
      price: 120,
      size: 98,
      sortDate: '2026-09-15T00:00:00Z',
      tags: ['نردبان شده'],
      imageUrls: ['thumb'],
    });
  });
});
