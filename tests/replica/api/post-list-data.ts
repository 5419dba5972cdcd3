/** The LIST_DATA section of a generated post: key facts per category (NOTES §4, the two samples). */
import type { CorpusListing } from '../corpus/types.ts';
import { formatNumberFa, formatToman, toPersianDigits } from '../util/persian.ts';
import { realEstateRows } from './post-real-estate-rows.ts';
import { groupInfoRow as infoRow, unexpandableRow as row } from './widget-parts.ts';

type Widget = Record<string, unknown>;
const STATUS_TEXT = {
  new: 'نو',
  'like-new': 'در حد نو',
  used: 'کارکرده',
  'repair-needed': 'نیازمند تعمیر',
};

/** The LIST_DATA widgets of a listing. */
export function listDataWidgets(listing: CorpusListing): Widget[] {
  const name = listing.title.split('،')[0] ?? listing.title;
  switch (listing.category) {
    case 'apartment-sell':
    case 'apartment-rent':
    case 'house-villa-sell':
      return realEstateRows(listing);
    case 'light':
      return [
        infoRow([
          ['کارکرد', formatNumberFa(listing.usage ?? 0)],
          ['مدل (سال تولید)', toPersianDigits(listing.productionYear ?? 0)],
          ['رنگ', listing.color ?? ''],
        ]),
        row('برند و مدل', name),
        row('نوع سوخت', 'بنزینی'),
        row('گیربکس', listing.gearbox ?? ''),
        row('قیمت پایه', formatToman(listing.price)),
      ];
    case 'mobile-phones':
      return [
        row('برند و مدل', listing.title.replace(/\s\S+ گیگ$/, '')),
        row('وضعیت', listing.status ? STATUS_TEXT[listing.status] : ''),
        row('حافظهٔ داخلی', `${toPersianDigits(listing.storage ?? 0)} گیگابایت`),
        row('قیمت', formatToman(listing.price)),
      ];
    default:
      return [
        infoRow([
          ['نوع همکاری', listing.jobType ?? ''],
          ['سابقه', listing.experience ?? ''],
        ]),
        row(
          'شیوهٔ پرداخت',
          listing.salary === undefined ? 'توافقی' : `ماهانه ${formatToman(listing.salary)}`,
        ),
        row('عنوان شغلی', listing.title.replace(/^(استخدام|نیازمند|دعوت به همکاری)\s+/, '')),
        row('ساعت کاری', 'از ۹ تا ۱۷'),
        row('بیمه', listing.insurance ? 'دارد' : 'ندارد'),
      ];
  }
}
