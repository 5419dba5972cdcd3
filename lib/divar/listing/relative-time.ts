import { normalizePersian, toAsciiDigits } from '../text';

// The wordings divar uses on cards and post headers ("لحظاتی پیش", "۳ ساعت پیش", "دیروز").
const RELATIVE_TIME =
  /^(لحظاتی|دقایقی|ربع ساعت|نیم ساعت|(\d+|یک) (دقیقه|ساعت|روز|هفته|ماه|سال)) پیش$|^(دیروز|پریروز)$/;

/**
 * Whether a text is one of divar's relative times ("لحظاتی پیش", "۴ ساعت پیش", "دیروز"). Cards
 * show either such a time or the agency name before " در <district>"; this tells them apart.
 */
export function isRelativeTime(text: string): boolean {
  return RELATIVE_TIME.test(toAsciiDigits(normalizePersian(text)));
}
