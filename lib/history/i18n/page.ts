/**
 * Words of the listing history drawn on divar's own pages (card badges and the post page's
 * card), Persian first: a small table of its own, so the content script carries only these.
 */
export const HISTORY_PAGE_WORDS = {
  fa: {
    title: 'سابقهٔ این آگهی در کنش‌های دیوار',
    firstSeen: 'اولین بار دیده‌شده: {date}',
    days: '{n} روز در دیوار',
    oneDay: '۱ روز در دیوار',
    underADay: 'کمتر از یک روز در دیوار',
    since: '{arrow} {p}٪ از {date}',
    reposted: 'دوباره آگهی شده',
    repostedFrom: 'دوباره آگهی شده؛ آگهی قبلی از {from} تا {to} در دیوار بود',
    matchSeller: 'یافته با همان فروشنده، عنوان و متراژ',
    matchDistrict: 'یافته با همان محله، عنوان و متراژ (فروشنده معلوم نبود)',
    removed: 'این آگهی از دیوار حذف شده است ({date})',
    change: '{date}: از {from} به {to} تومان ({p}٪)',
    noChange: 'از اولین بار تا حالا قیمت تغییر نکرده است',
    none: 'هنوز سابقه‌ای از این آگهی ثبت نشده است',
    price: 'قیمت',
    deposit: 'ودیعه',
  },
  en: {
    title: 'This listing in Divar Actions',
    firstSeen: 'First seen: {date}',
    days: '{n} days on divar',
    oneDay: '1 day on divar',
    underADay: 'less than a day on divar',
    since: '{arrow} {p}% since {date}',
    reposted: 'Re-posted',
    repostedFrom: 'Re-posted; the earlier ad was on divar from {from} to {to}',
    matchSeller: 'matched by the same seller, title and size',
    matchDistrict: 'matched by the same district, title and size (seller not known)',
    removed: 'This listing was removed from divar ({date})',
    change: '{date}: {from} → {to} toman ({p}%)',
    noChange: 'The price has not changed since first seen',
    none: 'No history recorded for this listing yet',
    price: 'Price',
    deposit: 'Deposit',
  },
} as const;
