import { ALERT_ERROR_WORDS } from '../alerts/i18n/errors';
import { kenarErrorsFa } from '../kenar/i18n/errors';
import { pishkhanErrorsFa } from '../pishkhan/i18n/errors';
import { PORTAL_ERROR_WORDS } from '../portals/i18n/errors';
import { PAGE_WORDS } from './page';

/** Persian words for every error kind: what happened, and (`.action`) what fixes it. */
export const errorWordsFa = {
  'error.forbidden-sender': 'افزونه درخواستی از یک منبع ناشناس را رد کرد.',
  'error.forbidden-sender.action': 'اگر افزونهٔ دیگری با دیوار کار می‌کند، آن را بررسی کنید.',
  'error.bad-message': 'افزونه درخواست نامعتبری دریافت کرد.',
  'error.bad-message.action': 'صفحه را دوباره بارگذاری کنید.',
  'error.unknown-message': 'افزونه این درخواست را نمی‌شناسد.',
  'error.unknown-message.action': 'افزونه را به‌روز کنید.',
  'error.not-divar-url': 'این لینک، لینک آگهی یا جستجوی دیوار نیست.',
  'error.not-divar-url.action':
    'لینکی مانند https://divar.ir/v/… یا https://divar.ir/s/tehran/… بچسبانید.',
  'error.bad-search-url': 'در این لینک جستجو مقداری نامعتبر هست؛ برای همین درخواستی ساخته نشد.',
  'error.bad-search-url.action': 'روی آیکون افزونه بزنید تا ببینید کدام پارامتر ایراد دارد.',
  'error.no-post-links': 'در متن انتخاب‌شده لینک آگهی دیوار نبود.',
  'error.no-post-links.action': 'متنی را انتخاب کنید که لینک‌هایی مانند https://divar.ir/v/… دارد.',
  'error.no-tab': 'زبانهٔ فعالی پیدا نشد.',
  'error.no-tab.action': 'یک صفحهٔ دیوار را باز کنید و دوباره امتحان کنید.',
  'error.clipboard': 'کپی نشد.',
  'error.clipboard.action': 'متن را خودتان انتخاب و کپی کنید.',
  'error.network': 'اتصال به دیوار برقرار نشد.',
  'error.network.action':
    'اتصال اینترنت را بررسی کنید؛ دریافت از همان‌جا که متوقف شد ادامه پیدا می‌کند.',
  'error.timeout': 'پاسخ دیوار بیش از حد طول کشید.',
  'error.timeout.action': 'کمی بعد دوباره امتحان کنید.',
  'error.http': 'دیوار درخواست را نپذیرفت.',
  'error.http.action': 'اگر تکرار شد، گزارش دهید؛ شاید دیوار سایتش را تغییر داده باشد.',
  'error.auth': 'برای این کار باید در دیوار وارد شده باشید.',
  'error.auth.action': 'در سایت دیوار وارد حساب خود شوید و دوباره امتحان کنید.',
  'error.captcha': 'دیوار تأیید «من ربات نیستم» می‌خواهد.',
  'error.captcha.action':
    'آگهی را در سایت دیوار باز کنید، تأیید «من ربات نیستم» را انجام دهید و سپس ادامه دهید.',
  'error.rate-limit': 'دیوار درخواست‌ها را موقتاً محدود کرده است.',
  'error.rate-limit.action': 'افزونه آهسته‌تر ادامه می‌دهد؛ لازم نیست کاری کنید.',
  'error.not-found': 'این آگهی یا صفحه در دیوار پیدا نشد.',
  'error.not-found.action': 'شاید آگهی حذف شده باشد؛ لینک را بررسی کنید.',
  'error.schema': 'پاسخ دیوار برای افزونه ناآشنا بود (شاید دیوار تغییری داده باشد).',
  'error.schema.action':
    'آنچه تا اینجا دریافت شده نگه داشته شد؛ افزونه را به‌روز کنید یا گزارش دهید.',
  'error.contact-cap': 'سقف امروز برای نمایش شمارهٔ تماس پر شده است.',
  'error.contact-cap.action':
    'فردا دوباره امتحان کنید، یا با احتیاط سقف را در تنظیمات بالا ببرید (دیوار پس از حدود ۲۰ بار حساب را دوباره تأیید می‌کند).',
  'error.watch-cap': PAGE_WORDS.fa.watchCap,
  'error.watch-cap.action':
    'جستجوهایی را که دیگر لازم ندارید از فهرست جستجوهای پیگیری‌شده حذف کنید.',
  'error.internal': 'خطایی پیش‌بینی‌نشده رخ داد.',
  'error.internal.action': 'دوباره امتحان کنید؛ اگر تکرار شد، گزارش دهید.',
  'error.detail': 'جزئیات فنی',
  'error.kenar-no-key': 'کلید API پلتفرم کنار هنوز وارد نشده است.',
  'error.kenar-no-key.action':
    'در تنظیمات افزونه، بخش «برای برنامه‌نویس‌ها»، کلید API برنامهٔ کنار خود را وارد کنید.',
  'error.kenar-bad-key': 'پلتفرم کنار کلید API را نپذیرفت.',
  'error.kenar-bad-key.action': 'کلید را در پنل کنار بررسی کنید و دوباره در تنظیمات وارد کنید.',
  'error.kenar-key-permission': 'کلید API مجوز این کار را ندارد.',
  'error.kenar-key-permission.action': 'در پنل کنار این مجوز را به کلید بدهید.',
  'error.kenar-no-app': 'شناسهٔ برنامه (client_id) یا رمز OAuth کنار وارد نشده است.',
  'error.kenar-no-app.action':
    'در تنظیمات افزونه شناسهٔ برنامه (client_id) و رمز OAuth را وارد کنید.',
  'error.kenar-not-connected': 'حساب دیوار شما به برنامهٔ کنار وصل نیست یا اتصالش منقضی شده است.',
  'error.kenar-not-connected.action': 'دکمهٔ «اتصال به حساب دیوار» را بزنید.',
  'error.kenar-missing-scope': 'برای این کار اجازهٔ بیشتری از حساب دیوار لازم است.',
  'error.kenar-missing-scope.action': 'دوباره اجازه دهید؛ افزونه فقط همین دسترسی را می‌خواهد.',
  'error.kenar-quota': 'سهمیهٔ جستجوی کنار (هر برنامه در کل فقط ۱۰۰ بار) تمام شده است.',
  'error.kenar-quota.action': 'برای جستجو از صفحه‌های جستجوی خود دیوار استفاده کنید.',
  'error.kenar-post-expired': 'این آگهی منقضی شده است و دیگر قابل ویرایش نیست.',
  'error.kenar-post-expired.action': 'آگهی را در دیوار تمدید کنید و دوباره امتحان کنید.',
  'error.kenar-not-own-post': 'این آگهی متعلق به حساب متصل شما نیست.',
  'error.kenar-not-own-post.action': 'با حساب دیواری که آگهی را ثبت کرده وصل شوید.',
  'error.kenar-invalid': 'پلتفرم کنار اطلاعات فرستاده‌شده را نپذیرفت.',
  'error.kenar-invalid.action': 'فیلدها را بررسی کنید؛ جزئیات در پایین آمده است.',
  'error.kenar-oauth': 'ورود به حساب دیوار کامل نشد.',
  'error.kenar-oauth.action':
    'دوباره وصل شوید؛ آدرس بازگشت (Redirect URL) را در پنل کنار بررسی کنید.',
  ...pishkhanErrorsFa,
  ...kenarErrorsFa,
  ...PORTAL_ERROR_WORDS.fa,
  ...ALERT_ERROR_WORDS.fa,
} as const;
