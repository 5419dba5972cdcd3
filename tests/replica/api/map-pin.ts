/**
 * One entry of `posts[]` in a `mapview/viewport` answer, in the shape map scrapers read:
 * `map_post_card {token, title, images[], price_fields[{title, value}] (rounded: "۱۴٫۶ میلیارد"),
 * chips[]}` and `map_pin_feature {lat, lon, approximate_location, properties: GeoJSON Feature whose
 * properties hold token, title, subtitle1 (exact price), subtitle2 (per metre / rent), subtitle3
 * (time, poster), chips, location_type, chat_enabled, is_verified}`.
 */
import type { CorpusListing } from '../corpus/types.ts';
import { formatToman, relativeTimeFa, toPersianDigits } from '../util/persian.ts';
import { microsToIso } from '../util/time.ts';
import { actionLog } from './widget-parts.ts';

const ICONS = 'https://s100.divarcdn.com/static/imgs/widget-icons';
const POSTER = { personal: 'شخصی', 'real-estate-business': 'مشاور املاک', 'premium-panel': '' };

/** A rounded Persian amount as on map cards: "۳ میلیارد", "۱۴٫۶ میلیارد", "۸۵۰ میلیون", "توافقی". */
export function roundedAmountFa(value: number | undefined): string {
  if (value === undefined) return 'توافقی';
  const short = (x: number) => toPersianDigits(String(Math.round(x * 10) / 10)).replace('.', '٫');
  if (value >= 1e9) return `${short(value / 1e9)} میلیارد`;
  if (value >= 1e6) return `${short(value / 1e6)} میلیون`;
  if (value >= 1e3) return `${toPersianDigits(Math.round(value / 1e3))} هزار`;
  return toPersianDigits(value);
}

function prices(l: CorpusListing) {
  if (l.category === 'apartment-rent') {
    const rent = l.rent === 0 ? 'رهن کامل' : roundedAmountFa(l.rent);
    const subtitle2 = l.rent === 0 ? 'رهن کامل' : `اجاره: ${formatToman(l.rent)}`;
    const fields = [
      { title: 'ودیعه:', value: roundedAmountFa(l.credit) },
      { title: 'اجاره:', value: rent },
    ];
    return { fields, subtitle1: `ودیعه: ${formatToman(l.credit)}`, subtitle2 };
  }
  if (l.jobType !== undefined) {
    const fields = [{ title: 'حقوق:', value: roundedAmountFa(l.salary) }];
    return { fields, subtitle1: formatToman(l.salary), subtitle2: l.jobType };
  }
  const perMetre = l.price && l.size ? Math.floor(l.price / l.size) : undefined;
  const fields = [{ title: 'قیمت:', value: roundedAmountFa(l.price) }];
  if (perMetre !== undefined) fields.push({ title: 'متری:', value: roundedAmountFa(perMetre) });
  const subtitle2 = perMetre === undefined ? '' : `متری: ${formatToman(perMetre)}`;
  return { fields, subtitle1: formatToman(l.price), subtitle2 };
}

function chips(l: CorpusListing, year: number) {
  const icon = (name: string) => ({
    icon_url_light: `${ICONS}/light/${name}.png`,
    icon_url_dark: `${ICONS}/dark/${name}.png`,
  });
  const age = l.yearBuilt === undefined ? undefined : year - l.yearBuilt;
  return [
    ...(l.size === undefined ? [] : [{ title: `${toPersianDigits(l.size)} متر` }]),
    ...(l.rooms === undefined
      ? []
      : [{ title: l.rooms === 0 ? 'بدون اتاق' : `${toPersianDigits(l.rooms)} اتاق` }]),
    ...(age === undefined ? [] : [{ title: age <= 0 ? 'نوساز' : `${toPersianDigits(age)} سال` }]),
    ...(l.parking ? [icon('parking')] : []),
    ...(l.elevator ? [icon('elevator')] : []),
  ];
}

/** The `posts[]` entry of a listing; `now` = corpus "now" (relative time), `year` = Jalali year. */
export function mapPost(l: CorpusListing, now: number, year: number) {
  const price = prices(l);
  const chipList = chips(l, year);
  const poster = POSTER[l.businessType] || l.agencyName || 'مشاور املاک';
  const properties = {
    token: l.token,
    title: l.title,
    subtitle1: price.subtitle1,
    subtitle2: price.subtitle2,
    subtitle3: `${relativeTimeFa(now - l.sortDateMicros / 1000)}، ${poster}`,
    chips: chipList,
    location_type: 'A',
    chat_enabled: l.chatEnabled,
    is_verified: l.businessType === 'premium-panel',
  };
  const info = { post_token: l.token, sort_date: microsToIso(l.sortDateMicros) };
  return {
    map_post_card: {
      token: l.token,
      title: l.title,
      images: l.images.map((image) => image.thumbnailUrl),
      price_fields: price.fields,
      chips: chipList,
      action: { type: 'VIEW_POST', payload: { token: l.token, web_info: { title: l.title } } },
    },
    map_pin_feature: {
      lat: l.lat,
      lon: l.lon,
      approximate_location: true,
      properties: {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
        properties,
      },
    },
    action_log: actionLog(info, 'MAP_POST'),
  };
}
