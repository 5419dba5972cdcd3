import { describe, expect, it } from 'vitest';
import { listingFromLegacyPost } from '@/lib/divar/listing/legacy';
import { legacyPostSchema } from '@/lib/divar/schemas/legacy-post';
import { readSample } from './samples';

const legacy = (name: 'legacyRent' | 'legacySell') =>
  listingFromLegacyPost(legacyPostSchema.parse(readSample(name)));

describe('listingFromLegacyPost on AZ-2yPhB (apartment-rent, 2023)', () => {
  const listing = legacy('legacyRent');

  it('reads deposit "۹۵۰٬۰۰۰٬۰۰۰ تومان" and monthly rent "مجانی"', () => {
    expect(listing).toMatchObject({
      token: 'AZ-2yPhB',
      url: 'https://divar.ir/v/AZ-2yPhB',
      source: 'legacy-post',
      title: 'نیلوفر/۱۳۰متر/۲خواب/تکواحد',
      category: 'apartment-rent',
      deposit: 950_000_000,
      monthlyRent: 0,
      size: 126,
      rooms: 2,
      floor: 3,
      totalFloors: 3,
    });
    expect(listing.price).toBeUndefined();
  });

  it('keeps "ساخت: قبل از ۱۳۷۰" as a fact instead of guessing a year', () => {
    expect(listing.yearBuilt).toBeUndefined();
    expect(listing.facts).toEqual({
      ساخت: 'قبل از ۱۳۷۰',
      'ودیعه و اجاره': 'غیر قابل تبدیل',
      'مناسب برای': 'خانواده',
      'تعداد واحد در طبقه': '۱',
      'جهت ساختمان': 'جنوبی',
      'وضعیت واحد': 'بازسازی شده',
    });
  });

  it('reads features (available: false, the next_page modal) and the agency', () => {
    expect(listing).toMatchObject({
      hasElevator: false,
      hasParking: false,
      hasStorage: true,
      hasBalcony: true,
      features: [
        'جنس کف سرامیک',
        'سرویس بهداشتی ایرانی و فرنگی',
        'سرمایش کولر آبی',
        'گرمایش شوفاژ',
        'تأمین‌کننده آب گرم موتورخانه',
      ],
      sellerName: 'املاک کاربا',
      sellerType: 'real-estate-business',
      hasChat: true,
    });
  });

  it('reads place names, the ids its links imply (place=8,302) and 17 images', () => {
    expect(listing).toMatchObject({ city: 'تهران', cityId: '1', district: 'سهروردی' });
    expect(listing.districtId).toBe('302');
    expect(listing.imageCount).toBe(17);
    expect(listing.imageUrls).toHaveLength(17);
    expect(listing.imageUrls[0]).toBe(
      'https://s100.divarcdn.com/static/pictures/1695837243/AZ-2yPhB.webp',
    );
    // "۴ ساعت پیش" is all it says about time; its location object is empty.
    expect(listing.publishedAt).toBeUndefined();
    expect(listing.location).toBeUndefined();
    expect(listing.unknownWidgets).toEqual([]);
  });
});

describe('listingFromLegacyPost on AZ--REIA (apartment-sell, 2023)', () => {
  const listing = legacy('legacySell');

  it('reads price, size, year, rooms, floor and features', () => {
    expect(listing).toMatchObject({
      token: 'AZ--REIA',
      title: '۵۶ متر/یکخواب/پارکینگ و انباری/دردشت',
      category: 'apartment-sell',
      price: 4_000_000_000,
      pricePerSquareMetre: 71_429_000,
      size: 56,
      yearBuilt: 1386,
      rooms: 1,
      floor: 3,
      totalFloors: 4,
      hasElevator: false,
      hasParking: true,
      hasStorage: true,
      hasBalcony: false,
      sellerName: 'مسکن سپید',
      city: 'تهران',
      cityId: '1',
      district: 'نارمک',
      districtId: '399',
      imageCount: 5,
    });
    expect(listing.facts).toEqual({
      'تعداد واحد در طبقه': '۱',
      سند: 'تک‌برگ',
      'جهت ساختمان': 'شمالی',
      'وضعیت واحد': 'بازسازی شده',
    });
  });

  it('reports the similar-posts suggestion rows it does not read', () => {
    expect(listing.unknownWidgets.map((w) => w.widgetType)).toEqual([
      'SUGGESTION_ROW',
      'SUGGESTION_ROW',
    ]);
    expect(listing.unknownWidgets[0]?.excerpt).toBe('آگهی‌های مشابه در این محله');
  });

  it('reports a list_data format it does not know', () => {
    const raw = readSample('legacySell');
    raw.widgets.list_data.push({ format: 'price_chart', title: 'نمودار' });
    const read = listingFromLegacyPost(legacyPostSchema.parse(raw));
    expect(read.unknownWidgets).toContainEqual({
      section: 'list_data',
      widgetType: 'list_data:price_chart',
      excerpt: 'نمودار',
    });
  });
});
