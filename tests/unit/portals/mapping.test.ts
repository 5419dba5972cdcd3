// A divar listing as an ingatlanok.hu property: every field placed, reported, or asked for.
import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/divar/listing/types';
import { mapToIngatlanok } from '@/lib/portals/ingatlanok/mapping';
import { MAX_TRANSFER_ID, transferIdOf } from '@/lib/portals/ingatlanok/transfer-id';
import { toPortalListing } from '@/lib/portals/listing';
import { CHOICES, saleListing, TARGET } from './listings.ts';

describe('transferIdOf', () => {
  it('is the same for the same token, at most 40 characters, and refuses what could not be one', () => {
    expect(transferIdOf('AZ3x_9-q')).toBe('dv-AZ3x_9-q');
    expect(transferIdOf('a'.repeat(32)).length).toBeLessThanOrEqual(MAX_TRANSFER_ID);
    expect(() => transferIdOf('a b')).toThrow(/transfer id/);
    expect(() => transferIdOf('a'.repeat(33))).toThrow();
  });
});

describe('mapToIngatlanok', () => {
  it('maps a sale: type, action, region chosen for the city, price at the user’s rate', () => {
    const result = mapToIngatlanok(
      saleListing(7, { floor: 3, hasElevator: true, yearBuilt: 1398 }),
      TARGET,
      CHOICES,
    );
    expect(result.missing).toEqual([]);
    expect(result.object).toEqual({
      id: { transfer_id: 'dv-Ab000007' },
      seller: { id: 501 },
      property: {
        office_id: 7001,
        type: 'flat',
        status: 'active',
        action: 'sale',
        title: 'آپارتمان 7 متری',
      },
      location: { region_id: 105 },
      price: { price: 30_700, price_currency: 'eur' },
      special: { area: 67, rooms: 4, floor: 3, build_year: 2019, elevator: true },
    });
    expect(result.summary).toEqual({
      type: 'flat',
      action: 'sale',
      region: '105',
      price: '30700',
      currency: 'eur',
    });
  });

  it('maps a rent: the monthly rent as the price, per month, and the deposit', () => {
    const rent = saleListing(2, {
      category: 'house-villa-rent',
      price: undefined,
      monthlyRent: 25_000_000,
      deposit: 500_000_000,
    });
    expect(mapToIngatlanok(rent, TARGET, CHOICES).object).toMatchObject({
      property: { type: 'house', action: 'rent' },
      price: { price: 250, price_currency: 'eur', price_period: 'monthly', deposit: 5000 },
    });
  });

  it('names each field the user must fill: no price, no region, no rate, unknown category', () => {
    const bare = { token: 'Xy123456', title: 'ماشین', category: 'light' };
    expect(mapToIngatlanok(bare, TARGET, { ...CHOICES, tomanPerUnit: undefined }).missing).toEqual([
      { field: 'property.type', reason: 'unknown-category', value: 'light' },
      { field: 'location.region_id', reason: 'no-city', value: '' },
      { field: 'price.price', reason: 'no-price' },
    ]);
    const noRate = mapToIngatlanok(saleListing(1), TARGET, { ...CHOICES, tomanPerUnit: undefined });
    expect(noRate.missing).toEqual([{ field: 'price.price', reason: 'no-rate' }]);
    const karaj = mapToIngatlanok(saleListing(1, { city: 'کرج' }), TARGET, CHOICES);
    expect(karaj.missing).toEqual([
      { field: 'location.region_id', reason: 'no-region', value: 'کرج' },
    ]);
    expect(karaj.object).toBeUndefined();
  });

  it('reports every listing field the portal has no place for, with its value', () => {
    const listing = saleListing(1, {
      district: 'ونک',
      hasStorage: true,
      features: ['استخر'],
      isNegotiable: true,
    });
    expect(mapToIngatlanok(listing, TARGET, CHOICES).unmapped).toEqual([
      { field: 'district', value: 'ونک' },
      { field: 'hasStorage', value: 'true' },
      { field: 'features', value: 'استخر' },
      { field: 'isNegotiable', value: 'true' },
    ]);
  });

  it('checks the object against the portal’s limits before anything is sent', () => {
    const huge = mapToIngatlanok(saleListing(1, { price: 1e30 }), TARGET, CHOICES);
    expect(huge.object).toBeUndefined();
    expect(huge.missing[0]?.field).toBe('price.price');
  });
});

describe('toPortalListing', () => {
  it('keeps only what a mapping reads, empty values left out', () => {
    const listing = {
      token: 'Ab000001',
      url: 'https://divar.ir/v/Ab000001',
      source: 'card',
      title: 'خانه',
      price: 5,
      imageUrls: [],
      tags: ['نردبان'],
      facts: {},
      unknownWidgets: [],
      location: { latitude: 35.7, longitude: 51.4, isExact: false, radiusMetres: 500 },
    } satisfies Listing;
    expect(toPortalListing(listing)).toEqual({
      token: 'Ab000001',
      title: 'خانه',
      price: 5,
      location: { latitude: 35.7, longitude: 51.4, isExact: false },
    });
  });
});
