/** Persian words of alerts to a phone (the error kinds' words are in ./errors.ts). */
export const alertFa = {
  open: 'ارسال به تلفن',
  title: 'ارسال خبرها به تلفن',
  intro:
    'خبرهای این جستجو علاوه بر اعلان مرورگر به گفتگوی تلگرام یا بله (با ربات خودتان) یا به وب‌هوک خودتان هم فرستاده می‌شود.',
  empty: 'هنوز مقصدی اضافه نشده است.',
  'kind.telegram': 'تلگرام',
  'kind.bale': 'بله',
  'kind.webhook': 'وب‌هوک',
  'to.telegram': 'تلگرام',
  'to.bale': 'بله',
  'to.webhook': 'وب‌هوک',
  kind: 'مقصد',
  token: 'توکن ربات',
  tokenHint: 'از ربات «بات‌فادر» بگیرید؛ فقط در همین مرورگر و فقط برای سایت همان پیام‌رسان می‌ماند.',
  chatId: 'شناسهٔ گفتگو',
  chatHint:
    'عدد شناسهٔ گفتگو یا کانال (مثلاً ۱۲۳۴۵۶۷۸۹)، یا نام کانال با @؛ اول در ربات «شروع» را بزنید.',
  url: 'لینک وب‌هوک',
  // The address sits in a left-to-right isolate, or «://» flips in a Persian line.
  urlHint:
    'فقط لینکی که با \u2066https://\u2069 شروع شود؛ برای هر خبر یک درخواست با JSON فرستاده می‌شود.',
  permissionNote: 'هنگام افزودن، مرورگر برای تماس با سایت مقصد از شما اجازه می‌خواهد.',
  add: 'افزودن',
  adding: 'در حال افزودن…',
  denied: 'اجازه داده نشد؛ مقصد اضافه نشد.',
  test: 'پیام آزمایشی',
  testSent: 'پیام آزمایشی فرستاده شد.',
  retry: 'ارسال دوباره',
  allow: 'اجازه دادن',
  remove: 'حذف',
  ok: 'آماده',
  pending: 'در انتظار ارسال: {n}',
  failed: 'ارسال به {target} ناموفق بود؛ تلاش دوباره ساعت {time}.',
  notAllowed:
    'فرستادن به {target} هنوز اجازه ندارد؛ «ارسال به تلفن» را باز کنید و «اجازه دادن» را بزنید.',
  dropped: '{n} پیام قدیمی‌تر به دلیل پر شدن صف حذف شد.',
} as const;

/** A key of the alert word tables. */
export type AlertTextKey = keyof typeof alertFa;
