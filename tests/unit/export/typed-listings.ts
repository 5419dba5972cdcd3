import type { Listing } from '@/lib/divar/listing/types';
import { makeListing } from './listings';

const pick = <T>(i: number, every: number, value: T): T | undefined =>
  i % every === 0 ? undefined : value;

/**
 * `count` listings that use every exported field, each with its own values, and leave each
 * optional field out now and then, so a typed export meets numbers, nulls, booleans, lists,
 * timestamps, Persian text and formula-like text.
 */
export function typedListings(count: number): Listing[] {
  return Array.from({ length: count }, (_, i) => {
    const price = (1_000 + ((i * 7919) % 900_000)) * 1_000_000 + (i % 7);
    const size = 30 + ((i * 37) % 400) + (i % 4) / 2;
    const day = Date.UTC(2026, 0, 1) + i * 61_000;
    return makeListing({
      token: `t${String(i).padStart(7, '0')}`,
      url: `https://divar.ir/v/t${i}`,
      title: i % 997 === 0 ? `=1+${i} «تست»` : `آپارتمان ${size} متری شمارهٔ ${i}`,
      category: i % 3 === 0 ? 'apartment-rent' : 'apartment-sell',
      city: i % 5 === 0 ? 'کرج' : 'تهران',
      district: pick(i, 11, `محلهٔ ${i % 40}`),
      price: pick(i, 13, price),
      pricePerSquareMetre: pick(i, 13, price / size),
      size: pick(i, 17, size),
      rooms: pick(i, 19, i % 5),
      floor: pick(i, 23, (i % 12) - 1),
      totalFloors: pick(i, 23, 12),
      yearBuilt: pick(i, 29, 1370 + (i % 35)),
      deposit: i % 3 === 0 ? 100_000_000 + i : undefined,
      monthlyRent: i % 3 === 0 ? (i % 6 === 0 ? 0 : 5_000_000 + i) : undefined,
      isNegotiable: pick(i, 2, i % 4 === 1),
      hasElevator: pick(i, 31, i % 2 === 0),
      hasParking: pick(i, 37, i % 3 !== 0),
      hasStorage: pick(i, 41, i % 5 !== 0),
      hasBalcony: pick(i, 43, i % 7 === 0),
      mileageKm: pick(i, 2, i * 3),
      sellerType: i % 4 === 0 ? 'real-estate-business' : 'personal',
      sellerName: pick(i, 3, `املاک ${i % 50}`),
      imageCount: i % 9,
      imageUrls: Array.from({ length: i % 3 }, (_, k) => `https://s100.divarcdn.com/${i}-${k}.jpg`),
      publishedAt: pick(i, 47, new Date(day).toISOString()),
      sortDate: new Date(day - 1000).toISOString(),
      bumpedAt: pick(i, 5, new Date(day + 3_600_000).toISOString()),
      location:
        i % 8 === 0
          ? undefined
          : { latitude: 35.7 + i / 1e6, longitude: 51.4 - i / 1e6, isExact: false },
      tags: i % 6 === 0 ? [] : ['فوری', `برچسب ${i % 9}`],
      features: pick(i, 4, ['آسانسور', 'پارکینگ'].slice(0, 1 + (i % 2))),
      description: pick(i, 2, `توضیح\nخط دوم ${i} "نقل قول"`),
    });
  });
}
