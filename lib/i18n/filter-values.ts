/**
 * Divar's filter values in words, Persian first: the slugs a search URL carries for a filter
 * («personal», «like-new») as divar's own filter chips name them (NOTES §3.2 and the replica's
 * filters page; colours and room counts are already Persian), and car and phone brands.
 */
export const FILTER_VALUES = {
  fa: {
    'business-type': { personal: 'شخصی', 'real-estate-business': 'مشاور املاک' },
    'goods-business-type': { personal: 'شخصی', marketplace: 'فروشگاه', all: 'همه' },
    status: {
      new: 'نو',
      'like-new': 'در حد نو',
      used: 'کارکرده',
      'repair-needed': 'نیازمند تعمیر',
    },
    body_status: { intact: 'سالم' },
    motor_status: { healthy: 'سالم' },
  },
  en: {
    'business-type': { personal: 'Individual', 'real-estate-business': 'Real estate agency' },
    'goods-business-type': { personal: 'Individual', marketplace: 'Shop', all: 'All' },
    status: { new: 'New', 'like-new': 'Like new', used: 'Used', 'repair-needed': 'Needs repair' },
    body_status: { intact: 'Intact' },
    motor_status: { healthy: 'Healthy' },
  },
} as const satisfies Record<'fa' | 'en', Record<string, Record<string, string>>>;

/** Car and phone brands as divar writes them in Persian (a brand_model value's first words). */
export const BRANDS_FA: Readonly<Record<string, string>> = {
  peugeot: 'پژو',
  pride: 'پراید',
  samand: 'سمند',
  dena: 'دنا',
  tiba: 'تیبا',
  quick: 'کوییک',
  saina: 'ساینا',
  shahin: 'شاهین',
  runna: 'رانا',
  renault: 'رنو',
  kia: 'کیا',
  hyundai: 'هیوندای',
  toyota: 'تویوتا',
  nissan: 'نیسان',
  mazda: 'مزدا',
  chery: 'چری',
  mvm: 'ام‌وی‌ام',
  samsung: 'سامسونگ',
  apple: 'اپل',
  iphone: 'آیفون',
  galaxy: 'گلکسی',
  xiaomi: 'شیائومی',
  huawei: 'هوآوی',
  nokia: 'نوکیا',
};
