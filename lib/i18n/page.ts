/**
 * Words of the toolbar injected into divar.ir pages, Persian first: a small table of its own, so
 * the content script carries these and no other UI words. The watch-cap message is shared with
 * the error tables (lib/i18n/fa.ts, en.ts), so the popup and the toolbar say the same thing.
 */
export const PAGE_WORDS = {
  fa: {
    fetchAll: 'دریافت همه',
    copyCurl: 'رونوشت cURL',
    copyToken: 'رونوشت توکن',
    copyJson: 'جزئیات به شکل JSON',
    details: 'جزئیات و کنار',
    export: 'نتیجه‌ها و خروجی',
    opened: '✓ باز شد',
    watch: 'پیگیری',
    watching: '✓ پیگیری می‌شود؛ خبرها با اعلان می‌آیند',
    copied: '✓ رونوشت شد',
    started: '✓ در حال دریافت؛ پنجرهٔ افزونه را باز کنید',
    alreadyFetching: '✓ این جستجو از پیش در حال دریافت است؛ پیشرفتش باز شد',
    watchCap: 'بیش از ۵۰ جستجو را نمی‌توان پیگیری کرد؛ این جستجو افزوده نشد.',
    fetching: 'در حال دریافت',
    waiting: 'در انتظار دیوار',
    paused: 'متوقف',
    of: 'از',
    seconds: 'ثانیه',
  },
  en: {
    fetchAll: 'Fetch all',
    copyCurl: 'Copy cURL',
    copyToken: 'Copy token',
    copyJson: 'Details as JSON',
    details: 'Details & Kenar',
    export: 'Results & export',
    opened: '✓ Opened',
    watch: 'Watch',
    watching: '✓ Watching; news arrives as notifications',
    copied: '✓ Copied',
    started: '✓ Fetching; open the extension popup',
    alreadyFetching: '✓ This search is already being fetched; its progress is open',
    watchCap: 'At most 50 searches can be watched; this one was not added.',
    fetching: 'Fetching',
    waiting: 'Waiting for divar',
    paused: 'Paused',
    of: 'of',
    seconds: 's',
  },
} as const;

/** A word of the page toolbar. */
export type PageWordKey = keyof (typeof PAGE_WORDS)['fa'];
