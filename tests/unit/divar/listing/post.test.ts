import { describe, expect, it } from 'vitest';
import { listingFromPost } from '@/lib/divar/listing/post';
import { postDetailSchema } from '@/lib/divar/schemas/post-detail';
import { readSample } from './samples';

const post = (name: 'gammaxvi' | 'jobs') =>
  listingFromPost(postDetailSchema.parse(readSample(name)));

describe('listingFromPost on gammaxvi (apartment-sell)', () => {
  const listing = post('gammaxvi');

  it('reads the LIST_DATA rows, not webengage’s float price (20500000768)', () => {
    expect(listing).toMatchObject({
      token: 'gammaxvi',
      url: 'https://divar.ir/v/gammaxvi',
      source: 'post',
      title: 'هـروی / ۹۸ متـر / فاقد آسانسور و پارکینگ',
      price: 20_500_000_000,
      pricePerSquareMetre: 209_183_000,
      size: 98,
      yearBuilt: 1384,
      rooms: 2,
      floor: 3,
    });
    expect(listing.totalFloors).toBeUndefined();
    expect(listing.isNegotiable).toBeUndefined();
  });

  it('reads features from the row ("… ندارد", available) and the modal ("بالکن دارد")', () => {
    expect(listing).toMatchObject({
      hasElevator: false,
      hasParking: false,
      hasStorage: true,
      hasBalcony: true,
    });
    expect(listing.features).toBeUndefined();
  });

  it('reads place, category, seller type, images and the fuzzy map point', () => {
    expect(listing).toMatchObject({
      category: 'apartment-sell',
      city: 'تهران',
      cityId: '1',
      district: 'هروی',
      districtId: '1024',
      sellerType: 'premium-panel',
      imageCount: 1,
      hasChat: true,
      imageUrls: [
        'https://s100.divarcdn.com/static/photo/neda/webp_post/YvjIgO2QRK2JXCfZUmOe5A/08c25269-07bf-47d7-ac25-f3ecac63425f.webp',
      ],
      location: {
        latitude: 35.76680230028045,
        longitude: 51.47618109689914,
        isExact: false,
        radiusMetres: 500,
      },
    });
    expect(listing.description).toMatch(/^◼️◼️◼️◼️امــلاڪ بــزرگــ مــاکان/);
  });

  it('reads "انتشار آگهی: ۲۲ شهریور ۱۴۰۵، ۱۷:۱۹" and the bump/update lines as UTC', () => {
    expect(listing.publishedAt).toBe('2026-09-13T13:49:00.000Z');
    expect(listing.bumpedAt).toBe('2026-09-15T02:31:00.000Z');
    expect(listing.updatedAt).toBe('2026-09-15T02:32:00.000Z');
  });

  it('keeps unmapped rows as facts and the lazy business section as unknown', () => {
    expect(listing.facts).toEqual({
      'تصویرها برای همین ملک است؟': 'خیر',
      'تعداد واحد در طبقه': '۱',
    });
    expect(listing.unknownWidgets).toEqual([
      {
        section: 'BUSINESS_SECTION',
        widgetType: 'LAZY_SECTION',
        excerpt: '/v8/premium-user/post-page/business-data/gammaxvi/lazy',
      },
    ]);
  });
});

describe('listingFromPost on gaxWZCEz (jobs)', () => {
  const listing = post('jobs');

  it('reads the job facts as divar wrote them', () => {
    expect(listing).toMatchObject({
      token: 'gaxWZCEz',
      title: 'استخدام منشی  و دستیار خانم',
      category: 'administration-and-hr',
      city: 'تهران',
      cityId: '1',
      district: 'بلوار کشاورز',
      districtId: '208',
      sellerType: 'personal',
      // "شیوهٔ پرداخت: توافقی"
      isNegotiable: true,
      publishedAt: '2026-09-21T20:36:00.000Z',
      updatedAt: '2026-09-21T20:36:00.000Z',
      location: { latitude: 35.71692176172678, longitude: 51.400578649140556, isExact: false },
    });
    expect(listing.facts).toEqual({
      'نوع همکاری': 'تمام وقت',
      سابقه: 'حداقل ۱ سال',
      'عنوان شغلی': 'منشی | دستیار',
      'ساعت کاری': 'از ۹ تا ۱۷ پنجشنبه‌ها تا ظهر',
      بیمه: 'ندارد',
      جنسیت: 'خانم',
    });
    expect(listing.price).toBeUndefined();
    expect(listing.bumpedAt).toBeUndefined();
    expect(listing.size).toBeUndefined();
    expect(listing.unknownWidgets).toEqual([]);
  });
});

describe('listingFromPost on shapes no sample has', () => {
  it('lists a widget type it does not read, with its section and title', () => {
    const raw = readSample('gammaxvi');
    raw.sections[4].widgets.push({
      widget_type: 'PRICE_SLIDER_ROW',
      data: { title: 'نمودار قیمت' },
    });
    const listing = listingFromPost(postDetailSchema.parse(raw));
    expect(listing.unknownWidgets).toContainEqual({
      section: 'LIST_DATA',
      widgetType: 'PRICE_SLIDER_ROW',
      excerpt: 'نمودار قیمت',
    });
  });

  it('reads rent rows, "۲ از ۵" floors and an exact map point', () => {
    const raw = readSample('gammaxvi');
    const list = raw.sections.find((s: { section_name: string }) => s.section_name === 'LIST_DATA');
    list.widgets = [
      { widget_type: 'UNEXPANDABLE_ROW', data: { title: 'ودیعه', value: '۵۰۰,۰۰۰,۰۰۰ تومان' } },
      { widget_type: 'UNEXPANDABLE_ROW', data: { title: 'اجارهٔ ماهانه', value: 'رایگان' } },
      { widget_type: 'UNEXPANDABLE_ROW', data: { title: 'طبقه', value: 'همکف از ۵' } },
    ];
    const map = raw.sections.find((s: { section_name: string }) => s.section_name === 'MAP');
    map.widgets[0].data.location = {
      type: 'EXACT',
      exact_data: { point: { latitude: 35.7, longitude: 51.4 } },
    };
    expect(listingFromPost(postDetailSchema.parse(raw))).toMatchObject({
      deposit: 500_000_000,
      monthlyRent: 0,
      floor: 0,
      totalFloors: 5,
      location: { latitude: 35.7, longitude: 51.4, isExact: true },
    });
  });
});
