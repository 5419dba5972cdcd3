import { describe, expect, it } from 'vitest';
import { listingFromCard } from '@/lib/divar/listing/card';
import { type PostRowWidget, postRowSchema } from '@/lib/divar/schemas/search-response';
import { readSample } from './samples';

/** The first card of the page-1 sample, its data texts replaced by `texts`. */
function sampleCard(texts: Record<string, unknown> = {}): PostRowWidget {
  const card = readSample('searchPage1').list_widgets[0];
  Object.assign(card.data, texts);
  for (const [key, value] of Object.entries(texts)) if (value === undefined) delete card.data[key];
  return postRowSchema.parse(card);
}

describe('listingFromCard on the page-1 sample', () => {
  it('reads an agent’s card: price, district, sort date, no name', () => {
    const listing = listingFromCard(sampleCard(), { category: 'apartment-sell', cityId: '1' });
    expect(listing).toEqual({
      token: 'gapa1FMk',
      url: 'https://divar.ir/v/gapa1FMk',
      source: 'card',
      title: '۸۰ متر/۲ خواب/بازسازی شده/صرافهای شمالی',
      category: 'apartment-sell',
      city: 'تهران',
      cityId: '1',
      district: 'سعادت‌آباد',
      price: 35_000_000_000,
      // "مشاور املاک در سعادت‌آباد": divar's label for agents, not a name.
      sellerType: 'real-estate-business',
      imageCount: 8,
      imageUrls: [
        'https://s100.divarcdn.com/static/photo/neda/webp_thumbnail/KvdepfALl2w67HJkWSfWig/452d4fdc-e5ac-4d9d-85fd-c5c594664ee5.webp',
      ],
      sortDate: '2026-09-15T14:29:17.323148Z',
      tags: [],
      facts: {},
      unknownWidgets: [],
    });
  });

  it('reads the agency name of "<agency> در <district>"', () => {
    const card = postRowSchema.parse(readSample('searchPage1').list_widgets[1]);
    expect(listingFromCard(card)).toMatchObject({
      token: 'gapCVkTW',
      price: 52_000_000_000,
      district: 'سعادت‌آباد',
      sellerName: 'REDACTED',
      imageCount: 5,
      sortDate: '2026-09-15T14:05:19.199979Z',
    });
  });
});

describe('listingFromCard on other card texts', () => {
  it('splits red_text badges and keeps the image overlay tag', () => {
    const card = sampleCard({
      red_text: 'نردبان شده | فروشگاه',
      image_overlay_tag: { text: 'پرداخت امن' },
    });
    expect(listingFromCard(card).tags).toEqual(['نردبان شده', 'فروشگاه', 'پرداخت امن']);
  });

  it.each([
    [
      {
        top_description_text: 'ودیعه: ۲۰۰,۰۰۰,۰۰۰ تومان',
        middle_description_text: 'اجارهٔ ماهانه: ۱۵,۰۰۰,۰۰۰ تومان',
      },
      { deposit: 200_000_000, monthlyRent: 15_000_000 },
    ],
    [
      { top_description_text: 'ودیعه: ۱,۵۰۰,۰۰۰,۰۰۰ تومان', middle_description_text: 'رهن کامل' },
      { deposit: 1_500_000_000, monthlyRent: 0 },
    ],
    [
      { middle_description_text: 'ودیعه: ۳۰۰,۰۰۰,۰۰۰ تومان / اجارهٔ ماهانه: توافقی' },
      { deposit: 300_000_000, isNegotiable: true },
    ],
    [
      { top_description_text: '۱۲۰,۰۰۰ کیلومتر', middle_description_text: '۸۵۰,۰۰۰,۰۰۰ تومان' },
      { mileageKm: 120_000, price: 850_000_000 },
    ],
    [{ top_description_text: 'کارکرد صفر' }, { mileageKm: 0, price: 35_000_000_000 }],
    [
      { top_description_text: 'در حد نو', middle_description_text: 'توافقی' },
      { isNegotiable: true, facts: { top_description_text: 'در حد نو' } },
    ],
    [{ middle_description_text: 'مجانی' }, { price: 0 }],
    [{ middle_description_text: 'پرداخت توافقی' }, { isNegotiable: true }],
  ])('reads %j', (texts, expected) => {
    const listing = listingFromCard(sampleCard(texts));
    expect(listing).toMatchObject(expected);
    if (!('price' in expected)) expect(listing.price).toBeUndefined();
  });

  it.each([
    ['لحظاتی پیش در سعادت‌آباد', {}],
    ['۳ روز پیش در سعادت‌آباد', {}],
    ['املاک نور در سعادت‌آباد', { sellerName: 'املاک نور' }],
    ['املاک در و پنجره در سعادت‌آباد', { sellerName: 'املاک در و پنجره' }],
  ])('reads the bottom line %j', (bottom, expected) => {
    const listing = listingFromCard(sampleCard({ bottom_description_text: bottom }));
    expect(listing.district).toBe('سعادت‌آباد');
    expect(listing.sellerName).toBe((expected as { sellerName?: string }).sellerName);
    expect(listing.sellerType).toBeUndefined();
  });

  it('takes the district from the bottom line when web_info has none', () => {
    const card = readSample('searchPage1').list_widgets[0];
    delete card.data.action.payload.web_info.district_persian;
    card.data.bottom_description_text = 'نیم ساعت پیش در ونک';
    expect(listingFromCard(postRowSchema.parse(card)).district).toBe('ونک');
  });
});
