import type { ErrorKind } from '../errors';

/** Keys every language must have for each error kind. */
export type ErrorMessageKey = `error.${ErrorKind}` | `error.${ErrorKind}.action`;

/** Persian UI strings: the first language of Divar Actions. */
export const fa = {
  appName: 'کنش‌های دیوار',
  language: 'English',
  'kind.post': 'صفحهٔ آگهی',
  'kind.search': 'صفحهٔ جستجو',
  'kind.other': 'صفحه‌ای دیگر از دیوار',
  'kind.none': 'این برگه صفحهٔ دیوار نیست',
  'post.token': 'شناسهٔ آگهی (توکن)',
  'post.slug': 'نامک',
  'search.city': 'شهر',
  'search.category': 'دسته',
  'search.allCategories': 'همهٔ دسته‌ها',
  'search.subPath': 'زیرمسیر',
  'search.keyword': 'کلیدواژه',
  'search.cityNote': 'شهر و دسته همان‌طور که در نشانی آمده‌اند.',
  copy: 'رونوشت',
  copied: 'رونوشت شد',
  'paste.label': 'نشانی یک آگهی یا جستجوی دیوار را اینجا بچسبانید',
  'paste.placeholder': 'https://divar.ir/v/…',
  'paste.hint': 'برای نمونه: https://divar.ir/s/tehran/buy-apartment',
  loading: 'در حال خواندن برگه…',
  'error.forbidden-sender': 'این پیام از فرستنده‌ای ناشناس آمده بود و رد شد.',
  'error.forbidden-sender.action': 'اگر افزونهٔ دیگری با دیوار کار می‌کند، آن را بررسی کنید.',
  'error.bad-message': 'پیامی نادرست به افزونه رسید.',
  'error.bad-message.action': 'صفحه را دوباره بارگذاری کنید.',
  'error.unknown-message': 'افزونه این درخواست را نمی‌شناسد.',
  'error.unknown-message.action': 'افزونه را به‌روز کنید.',
  'error.not-divar-url': 'این نشانی، نشانی آگهی یا جستجوی دیوار نیست.',
  'error.not-divar-url.action':
    'نشانی‌ای مانند https://divar.ir/v/… یا https://divar.ir/s/tehran/… بچسبانید.',
  'error.no-tab': 'برگهٔ فعالی پیدا نشد.',
  'error.no-tab.action': 'یک برگهٔ دیوار را باز کنید و دوباره امتحان کنید.',
  'error.clipboard': 'رونوشت در حافظهٔ موقت ممکن نشد.',
  'error.clipboard.action': 'متن را خودتان انتخاب و رونوشت کنید.',
  'error.internal': 'خطایی پیش‌بینی‌نشده رخ داد.',
  'error.internal.action': 'دوباره امتحان کنید؛ اگر تکرار شد، گزارش دهید.',
} as const satisfies Record<string, string> & Record<ErrorMessageKey, string>;

/** A key of the UI string tables. */
export type MessageKey = keyof typeof fa;
