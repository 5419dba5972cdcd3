/**
 * Puts back the zero-width non-joiners (U+200C) the copied place and category tables lost (see
 * scripts/data/SOURCES.md): a joining letter before «آ» inside a word (خرم‌آباد), a plural
 * «ها/های» after «ه» (پروژه‌ها), and the compounds of the category names listed below.
 */
const JOINING = 'بپتثجچحخسشصضطظعغفقکگلمنهیئ';
const ZWNJ = '\u200c';

// Category-name words whose half-space no rule above can find, as divar writes them.
const WORDS: Record<string, string> = {
  اسباببازی: 'اسباب‌بازی',
  ورزشهای: 'ورزش‌های',
  سالنهای: 'سالن‌های',
  مکانهای: 'مکان‌های',
  عمدهفروشی: 'عمده‌فروشی',
  کافیشاپ: 'کافی‌شاپ',
  رایانهای: 'رایانه‌ای',
  اجارهای: 'اجاره‌ای',
  نظمدهنده: 'نظم‌دهنده',
  پختوپز: 'پخت‌وپز',
  آبمیوهگیر: 'آبمیوه‌گیر',
  آبمرکباتگیر: 'آب‌مرکبات‌گیر',
  چایساز: 'چای‌ساز',
  قهوهساز: 'قهوه‌ساز',
  تصفیهکنندهٔ: 'تصفیه‌کنندهٔ',
  پخشکننده: 'پخش‌کننده',
  اسبسواری: 'اسب‌سواری',
  پیشفروش: 'پیش‌فروش',
  ساختوساز: 'ساخت‌وساز',
  کوتاهمدت: 'کوتاه‌مدت',
  سیمکارت: 'سیم‌کارت',
  شستوشو: 'شست‌وشو',
  خشککن: 'خشک‌کن',
  کسبوکار: 'کسب‌وکار',
  آبسردکن: 'آب‌سردکن',
  درختکاری: 'درخت‌کاری',
};

/** `text` with its lost half-spaces restored (text that has them is left as it is). */
export function restoreZwnj(text: string): string {
  return text
    .split(' ')
    .map((word) => WORDS[word] ?? word)
    .join(' ')
    .replace(new RegExp(`([${JOINING}])آ`, 'g'), `$1${ZWNJ}آ`)
    .replace(/ه(ها|های)(?=\s|$|،)/g, `ه${ZWNJ}$1`);
}
