/**
 * The words of the Pishkhan error kinds, Persian then English; lib/i18n merges them into its
 * tables, so ErrorNotice shows them like every other kind.
 */

/** Persian words of each Pishkhan error kind and the action that fixes it. */
export const pishkhanErrorsFa = {
  'error.pishkhan-no-permission': 'افزونه هنوز اجازهٔ تماس با API پیشخان بازار را ندارد.',
  'error.pishkhan-no-permission.action':
    'بخش «انتشار در بازار» را دوباره باز کنید و در پنجرهٔ مرورگر «اجازه» را بزنید.',
  'error.pishkhan-no-app': 'برای این برنامه توکنی ذخیره نشده است.',
  'error.pishkhan-no-app.action':
    'نام بسته و توکن برنامه را از بخش «API پیشخان بازار» در پیشخان وارد کنید.',
  'error.pishkhan-forbidden': 'بازار توکن را نپذیرفت (توکن نیست یا نادرست است).',
  'error.pishkhan-forbidden.action':
    'در پیشخان بازار، بخش «API پیشخان بازار» برنامه، توکن تازه بگیرید و همین‌جا جایگزین کنید.',
  'error.pishkhan-no-draft': 'این برنامه رهانش پیش‌نویسی (کامیت‌نشده) ندارد.',
  'error.pishkhan-no-draft.action': 'یک رهانش تازه بسازید و دوباره امتحان کنید.',
  'error.pishkhan-draft-exists': 'این برنامه همین حالا یک رهانش پیش‌نویس دارد؛ بازار دومی نمی‌سازد.',
  'error.pishkhan-draft-exists.action': 'همان پیش‌نویس را ادامه دهید یا پس از تأیید حذفش کنید.',
  'error.pishkhan-bad-request': 'بازار درخواست را نپذیرفت.',
  'error.pishkhan-bad-request.action': 'پیام خود بازار را در زیر بخوانید و همان را درست کنید.',
  'error.pishkhan-rate-limit': 'بازار گفت درخواست‌ها در این مدت زیاد بوده است.',
  'error.pishkhan-rate-limit.action':
    'چند دقیقه صبر کنید و دوباره امتحان کنید؛ افزونه خودش چند بار با فاصله دوباره پرسید.',
  'error.pishkhan-network': 'پاسخی از بازار نرسید (اتصال قطع شد یا زمانش گذشت).',
  'error.pishkhan-network.action':
    'اینترنت را بررسی کنید؛ پیش از هر تلاش دوباره، پیش‌نویس از بازار خوانده و مقایسه می‌شود.',
  'error.pishkhan-server': 'پاسخ بازار قابل فهم نبود یا خطای سرور بود.',
  'error.pishkhan-server.action': 'کمی بعد دوباره امتحان کنید؛ وضعیت را در پیشخان بازار هم ببینید.',
  'error.pishkhan-not-apk': 'این فایل APK نیست (AndroidManifest.xml در آن پیدا نشد).',
  'error.pishkhan-not-apk.action': 'فایل ‎.apk‎ ساخته‌شده برای انتشار را انتخاب کنید.',
  'error.pishkhan-version-too-low':
    'کد نسخهٔ این بسته از آخرین نسخهٔ منتشرشده بزرگ‌تر نیست؛ بازار آن را نمی‌پذیرد.',
  'error.pishkhan-version-too-low.action':
    'versionCode را در build.gradle بالا ببرید، دوباره بسازید و همان را انتخاب کنید.',
  'error.pishkhan-invalid': 'فرم رهانش کامل یا درست نیست.',
  'error.pishkhan-invalid.action': 'فیلدهای مشخص‌شده را درست کنید؛ چیزی فرستاده نشد.',
} as const;

/** English words of each Pishkhan error kind and the action that fixes it. */
export const pishkhanErrorsEn: Record<keyof typeof pishkhanErrorsFa, string> = {
  'error.pishkhan-no-permission': 'The extension may not call the Pishkhan API yet.',
  'error.pishkhan-no-permission.action':
    'Open "Bazaar releases" again and choose "Allow" in the browser\'s dialog.',
  'error.pishkhan-no-app': 'No token is saved for this app.',
  'error.pishkhan-no-app.action':
    'Enter the package name and the token from "Pishkhan API" of the app in the Pishkhan panel.',
  'error.pishkhan-forbidden': 'Bazaar refused the token (missing or wrong).',
  'error.pishkhan-forbidden.action':
    'Get a new token in the Pishkhan panel ("Pishkhan API" of the app) and replace it here.',
  'error.pishkhan-no-draft': 'This app has no draft (uncommitted) release.',
  'error.pishkhan-no-draft.action': 'Create a new release and try again.',
  'error.pishkhan-draft-exists':
    'This app already has a draft release; Bazaar does not make a second one.',
  'error.pishkhan-draft-exists.action': 'Continue that draft, or discard it after confirming.',
  'error.pishkhan-bad-request': 'Bazaar refused the request.',
  'error.pishkhan-bad-request.action': "Read Bazaar's own message below and fix what it names.",
  'error.pishkhan-rate-limit': 'Bazaar said there were too many requests just now.',
  'error.pishkhan-rate-limit.action':
    'Wait a few minutes and try again; the extension already asked again a few times, spaced out.',
  'error.pishkhan-network': 'No answer came from Bazaar (the connection broke or timed out).',
  'error.pishkhan-network.action':
    'Check your connection; before any new attempt the draft is read back from Bazaar and compared.',
  'error.pishkhan-server': "Bazaar's answer could not be understood, or it was a server error.",
  'error.pishkhan-server.action':
    'Try again a little later; check the state in the Pishkhan panel too.',
  'error.pishkhan-not-apk': 'This file is not an APK (not a zip with an AndroidManifest.xml).',
  'error.pishkhan-not-apk.action': 'Choose the .apk file built for release.',
  'error.pishkhan-version-too-low':
    'The version code of this package is not above the last published one; Bazaar will refuse it.',
  'error.pishkhan-version-too-low.action':
    'Raise versionCode in build.gradle, build again and choose the new file.',
  'error.pishkhan-invalid': 'The release form is incomplete or wrong.',
  'error.pishkhan-invalid.action': 'Fix the fields marked; nothing was sent.',
};
