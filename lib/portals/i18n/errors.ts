/**
 * The words of the partner-portal error kinds, Persian first; merged into the error tables of
 * lib/i18n (fa.ts, en.ts) so every surface names a portal failure the same way.
 */
export const PORTAL_ERROR_WORDS = {
  fa: {
    'error.portal-no-account': 'هنوز حسابی برای درگاه همکار وارد نشده است.',
    'error.portal-no-account.action': 'در تنظیمات، بخش «درگاه‌های همکار»، حساب را وارد کنید.',
    'error.portal-permission': 'افزونه اجازهٔ تماس با سایت درگاه همکار را ندارد.',
    'error.portal-permission.action': 'حساب را دوباره ذخیره کنید و در پنجرهٔ مرورگر اجازه دهید.',
    'error.portal-auth': 'درگاه همکار نام کاربری یا گذرواژهٔ JSON را نپذیرفت.',
    'error.portal-auth.action':
      'نام کاربری مدیر و گذرواژهٔ جداگانهٔ XML/JSON را از صفحهٔ مدیر درگاه بررسی کنید.',
    'error.portal-budget': 'سهمیهٔ درخواست‌های نادرست این ساعت نزدیک به پایان است؛ ارسال متوقف شد.',
    'error.portal-budget.action': 'خطاهای فهرست را درست کنید و پس از زمان گفته‌شده ادامه دهید.',
    'error.portal-rejected': 'درگاه همکار این آگهی را نپذیرفت.',
    'error.portal-rejected.action':
      'فیلدهای نام‌برده را درست کنید؛ آگهی بی‌تغییر دوباره فرستاده نمی‌شود.',
    'error.portal-invalid': 'این آگهی پیش از ارسال بررسی شد و کامل نیست.',
    'error.portal-invalid.action': 'فیلدهای خالی را در پیش‌نمایش پر کنید.',
    'error.portal-unsure': 'پاسخ درگاه نرسید؛ معلوم نیست آگهی‌ها ثبت شدند یا نه.',
    'error.portal-unsure.action':
      'کاری لازم نیست: پیش از ارسال دوباره، از درگاه پرسیده می‌شود کدام‌ها ثبت شده‌اند.',
  },
  en: {
    'error.portal-no-account': 'No partner portal account has been entered yet.',
    'error.portal-no-account.action': 'Enter one in options, under “Partner portals”.',
    'error.portal-permission': 'The extension may not reach the partner portal’s address.',
    'error.portal-permission.action':
      'Save the account again and allow it in the browser’s prompt.',
    'error.portal-auth': 'The partner portal did not accept the user name or the JSON password.',
    'error.portal-auth.action':
      'Check the admin user name and the separate XML/JSON password on the portal’s admin page.',
    'error.portal-budget':
      'This hour’s allowance of bad requests is nearly spent; sending stopped.',
    'error.portal-budget.action': 'Fix the listed errors and continue after the time shown.',
    'error.portal-rejected': 'The partner portal refused this listing.',
    'error.portal-rejected.action': 'Fix the fields named; an unchanged listing is not sent again.',
    'error.portal-invalid': 'This listing was checked before sending and is not complete.',
    'error.portal-invalid.action': 'Fill the empty fields in the preview.',
    'error.portal-unsure':
      'The portal’s answer never came; whether the listings were saved is unknown.',
    'error.portal-unsure.action':
      'Nothing to do: before sending again the portal is asked which ones it holds.',
  },
} as const;
