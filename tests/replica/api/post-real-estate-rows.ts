/** LIST_DATA rows of real-estate posts: facts, prices, features and their modal (as in gammaxvi). */
import type { CorpusListing } from '../corpus/types.ts';
import { formatToman, toPersianDigits } from '../util/persian.ts';
import { inspectionRow } from './post-inspection-row.ts';
import {
  actionLog,
  icon,
  groupInfoRow as infoRow,
  unexpandableRow as row,
} from './widget-parts.ts';

type Widget = Record<string, unknown>;
const FEATURES = [
  ['elevator', 'آسانسور', 'ELEVATOR'],
  ['parking', 'پارکینگ', 'PARKING'],
  ['warehouse', 'انباری', 'CABINET'],
] as const;

function floorText(floor: number): string {
  return floor < 0 ? 'زیرهمکف' : floor === 0 ? 'همکف' : toPersianDigits(floor);
}

function featureModal(listing: CorpusListing): Widget {
  const title = (text: string) => ({
    widget_type: 'TITLE_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.TitleRowData',
      text,
      has_divider: true,
      text_color: 'TEXT_PRIMARY',
    },
  });
  const feature = (text: string, name: string, last = false) => ({
    widget_type: 'FEATURE_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.FeatureRowData',
      title: text,
      ...(last ? {} : { has_divider: true }),
      icon: icon(name, 'ICON_SECONDARY'),
    },
  });
  const widgets = [
    ...(listing.unitsPerFloor === undefined
      ? []
      : [title('ویژگی‌ها'), row('تعداد واحد در طبقه', toPersianDigits(listing.unitsPerFloor))]),
    title('امکانات'),
    ...FEATURES.map(([key, text, name]) => feature(listing[key] ? text : `${text} ندارد`, name)),
    feature(listing.balcony ? 'بالکن دارد' : 'بالکن ندارد', 'BALCONY', true),
  ];
  return {
    widget_type: 'SELECTOR_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.SelectorRowData',
      title: 'سایر ویژگی‌ها و امکانات',
      action: {
        type: 'LOAD_MODAL_PAGE',
        payload: {
          '@type': 'type.googleapis.com/widgets.LoadModalPagePayload',
          modal_page: { title: 'ویژگی‌ها و امکانات', widget_list: widgets },
        },
      },
      has_divider: true,
      icon: {},
      has_arrow: true,
      last_notification_date: '0001-01-01T00:00:00Z',
      fullwidth: true,
    },
    action_log: actionLog(
      { '@type': 'type.googleapis.com/action_log.ViewPostFeaturesInfo', post_token: listing.token },
      'VIEW_POST_FEATURES',
    ),
  };
}

/** The LIST_DATA widgets of an apartment or house post (sale or rent). */
export function realEstateRows(listing: CorpusListing): Widget[] {
  const rows: Widget[] = [
    infoRow([
      ['متراژ', toPersianDigits(listing.size ?? 0)],
      ['ساخت', toPersianDigits(listing.yearBuilt ?? 0)],
      ['اتاق', toPersianDigits(listing.rooms ?? 0)],
    ]),
  ];
  if (listing.imagesAreIllustrative && listing.images.length > 0)
    rows.push(row('تصویرها برای همین ملک است؟', 'خیر'));
  if (listing.category === 'apartment-rent') {
    rows.push(
      row('ودیعه', formatToman(listing.credit)),
      row('اجارهٔ ماهانه', listing.rent === 0 ? 'رایگان' : formatToman(listing.rent)),
    );
  } else {
    rows.push(row('قیمت کل', formatToman(listing.price)));
    if (listing.price !== undefined && listing.size)
      rows.push(
        row('قیمت هر متر', formatToman(Math.floor(listing.price / listing.size / 1000) * 1000)),
      );
  }
  if (listing.floor !== undefined) rows.push(row('طبقه', floorText(listing.floor)));
  rows.push(
    {
      widget_type: 'SECTION_TITLE_ROW',
      data: {
        '@type': 'type.googleapis.com/widgets.SectionTitleRowData',
        title: 'ویژگی‌ها و امکانات',
        title_color: 'TEXT_PRIMARY',
        padding: 'ALT',
      },
    },
    {
      widget_type: 'GROUP_FEATURE_ROW',
      data: {
        '@type': 'type.googleapis.com/widgets.GroupFeatureRow',
        items: FEATURES.map(([key, text, name]) =>
          listing[key]
            ? { title: text, icon: icon(name, 'ICON_SECONDARY'), available: true }
            : { title: `${text} ندارد`, icon: icon(name, 'ICON_HINT') },
        ),
        has_divider: true,
      },
    },
    featureModal(listing),
    inspectionRow(listing, listing.cityId),
  );
  return rows;
}
