import { describe, expect, it } from 'vitest';
import { isRelativeTime } from '@/lib/divar/listing/relative-time';
import { parseFloor, parseRooms } from '@/lib/divar/listing/rooms-floor';

describe('parseRooms', () => {
  it.each([
    ['بدون اتاق', 0],
    ['یک', 1],
    ['دو', 2],
    ['سه', 3],
    ['چهار', 4],
    ['پنج یا بیشتر', 5],
    ['۲', 2],
    ['٣', 3],
    ['۵ یا بیشتر', 5],
    ['0', 0],
  ])('%j → %d', (text, rooms) => {
    expect(parseRooms(text)).toBe(rooms);
  });

  it.each(['', 'زیاد', '۲.۵', '-۱'])('%j is not a room count', (text) => {
    expect(parseRooms(text)).toBeUndefined();
  });
});

describe('parseFloor', () => {
  it.each([
    ['۳ از ۵', { floor: 3, totalFloors: 5 }],
    ['۳ از ۳', { floor: 3, totalFloors: 3 }],
    ['۳', { floor: 3 }],
    ['همکف', { floor: 0 }],
    ['همکف از ۴', { floor: 0, totalFloors: 4 }],
    ['زیرهمکف', { floor: -1 }],
    ['زیر همکف', { floor: -1 }],
    ['۱۲ از ۲۰', { floor: 12, totalFloors: 20 }],
  ])('%j → %j', (text, floor) => {
    expect(parseFloor(text)).toEqual(floor);
  });

  it.each(['', 'بالاتر از ۳۰', '۳ از', 'سوم', '۳.۵'])('%j is not a floor', (text) => {
    expect(parseFloor(text)).toBeUndefined();
  });
});

describe('isRelativeTime', () => {
  it.each([
    'لحظاتی پیش',
    'دقایقی پیش',
    'ربع ساعت پیش',
    'نیم ساعت پیش',
    '۴ ساعت پیش',
    '۳ روز پیش',
    'دیروز',
    '۲ هفته پیش',
    '۱ ماه پیش',
  ])('%j is a relative time', (text) => {
    expect(isRelativeTime(text)).toBe(true);
  });

  it.each(['مشاور املاک', 'REDACTED', 'املاک پیش‌رو', ''])('%j is not', (text) => {
    expect(isRelativeTime(text)).toBe(false);
  });
});
