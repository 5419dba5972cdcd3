/**
 * Words of the error kinds added for posting through Kenar (issue 14), spread into the shared
 * tables of lib/i18n so every surface's ErrorNotice can say them. Kenar's own description of
 * can-submit (openapi-v3.json) is what `kenar-cannot-submit` repeats.
 */
export const kenarErrorsFa = {
  'error.kenar-cannot-submit':
    'پلتفرم کنار اجازهٔ ثبت آگهی با این حساب را نمی‌دهد؛ پیش از ثبت بررسی می‌کند که کاربر احراز هویت شده باشد، در فهرست سیاه نباشد و متخلف نباشد.',
  'error.kenar-cannot-submit.action':
    'احراز هویت حساب را در دیوار کامل کنید؛ اگر کامل است، علت را از پشتیبانی دیوار بپرسید و سپس دوباره امتحان کنید.',
  'error.kenar-photo-too-large': 'این عکس از اندازه‌ای که کنار می‌پذیرد بزرگ‌تر است.',
  'error.kenar-photo-too-large.action':
    '«دوباره» را بزنید تا کوچک‌تر فرستاده شود، یا عکس دیگری بگذارید.',
  'error.kenar-not-an-image': 'این فایل عکسی نیست که کنار بپذیرد (JPEG، PNG یا WebP).',
  'error.kenar-not-an-image.action': 'آن را بردارید و عکس دیگری بگذارید.',
  'error.kenar-upload-cut': 'بارگذاری عکس نیمه‌کاره قطع شد.',
  'error.kenar-upload-cut.action':
    'اتصال را بررسی کنید و «دوباره» را بزنید؛ عکس‌های دیگر سر جایشان می‌مانند.',
  'error.kenar-rate-limit':
    'پلتفرم کنار گفت برنامه از سقف درخواست‌ها گذشته است (سقف هر دقیقه یا سهمیهٔ روزانهٔ برنامه).',
  'error.kenar-rate-limit.action':
    'چند دقیقه بعد دوباره امتحان کنید؛ اگر سهمیهٔ روزانه تمام شده، فردا یا پس از افزایش سهمیه در پنل کنار.',
} as const;

/** English words of the same error kinds. */
export const kenarErrorsEn: Record<keyof typeof kenarErrorsFa, string> = {
  'error.kenar-cannot-submit':
    'Kenar does not let this account post. Before posting, Kenar checks that the user is verified, not on its blacklist and not an offender.',
  'error.kenar-cannot-submit.action':
    "Complete the account's verification in divar; if it is complete, ask divar support why, then try again.",
  'error.kenar-photo-too-large': 'This photo is larger than Kenar accepts.',
  'error.kenar-photo-too-large.action': 'Press "Retry" to send it smaller, or use another photo.',
  'error.kenar-not-an-image': 'This file is not a photo Kenar accepts (JPEG, PNG or WebP).',
  'error.kenar-not-an-image.action': 'Remove it and add another photo file.',
  'error.kenar-upload-cut': 'The photo upload was cut off midway.',
  'error.kenar-upload-cut.action':
    'Check the connection and press "Retry"; the other photos stay where they are.',
  'error.kenar-rate-limit':
    "Kenar said the app is over its request limit (the per-minute limit or the app's daily quota).",
  'error.kenar-rate-limit.action':
    'Try again in a few minutes; if the daily quota is used up, tomorrow or after raising it in the Kenar panel.',
};
