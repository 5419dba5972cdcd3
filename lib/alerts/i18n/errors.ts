/**
 * The words of the alert error kinds, Persian first; merged into the error tables of lib/i18n
 * (fa.ts, en.ts) so every surface names a failed delivery the same way.
 */
export const ALERT_ERROR_WORDS = {
  fa: {
    'error.alert-permission': 'افزونه اجازهٔ فرستادن پیام به این مقصد را ندارد.',
    'error.alert-permission.action':
      'روی همین مقصد «اجازه دادن» را بزنید و در پنجرهٔ مرورگر اجازه دهید؛ پیام‌های مانده فرستاده می‌شوند.',
    'error.alert-bad-token': 'توکن ربات درست نیست یا ربات حذف شده است.',
    'error.alert-bad-token.action':
      'توکن را دوباره از ربات «بات‌فادر» در تلگرام یا بله بگیرید و مقصد را از نو اضافه کنید.',
    'error.alert-chat':
      'ربات نمی‌تواند به این گفتگو پیام بدهد: گفتگو پیدا نشد یا ربات را مسدود کرده‌اید.',
    'error.alert-chat.action':
      'در تلگرام یا بله ربات را باز کنید و «شروع» را بزنید (در گروه یا کانال، ربات را عضو کنید) و شناسهٔ گفتگو را بررسی کنید.',
    'error.alert-rate-limit': 'مقصد پیام‌ها را موقتاً محدود کرده است.',
    'error.alert-rate-limit.action':
      'کاری لازم نیست: پس از زمانی که گفته، خودکار دوباره فرستاده می‌شود.',
    'error.alert-webhook-server': 'سرور وب‌هوک خطا داد.',
    'error.alert-webhook-server.action':
      'سرور خودتان را بررسی کنید؛ پیام‌ها نگه داشته و دوباره فرستاده می‌شوند.',
    'error.alert-webhook-refused': 'سرور وب‌هوک پیام را نپذیرفت.',
    'error.alert-webhook-refused.action': 'لینک وب‌هوک و تنظیمات سرور خودتان را بررسی کنید.',
    'error.alert-timeout': 'مقصد در زمان مقرر پاسخ نداد.',
    'error.alert-timeout.action':
      'کاری لازم نیست: پیام نگه داشته و دوباره فرستاده می‌شود. اگر تکرار شد، سرور یا اینترنت را بررسی کنید.',
    'error.alert-network': 'پیام به مقصد نرسید (اتصال برقرار نشد).',
    'error.alert-network.action':
      'اتصال اینترنت را بررسی کنید؛ پیام نگه داشته و دوباره فرستاده می‌شود.',
    'error.alert-bad-answer': 'پاسخ مقصد برای افزونه ناآشنا بود.',
    'error.alert-bad-answer.action':
      'بررسی کنید که مقصد درست انتخاب شده باشد (تلگرام، بله یا وب‌هوک).',
  },
  en: {
    'error.alert-permission': 'The extension may not send messages to this destination.',
    'error.alert-permission.action':
      'Press “Allow” on this destination and accept the browser’s prompt; waiting messages are then sent.',
    'error.alert-bad-token': 'The bot token is wrong, or the bot was deleted.',
    'error.alert-bad-token.action':
      'Get the token again from BotFather (on Bale, its bot father) and add the destination again.',
    'error.alert-chat':
      'The bot cannot write to this chat: the chat was not found or has blocked the bot.',
    'error.alert-chat.action':
      'Open the bot in Telegram or Bale and press Start (add the bot to a group or channel), and check the chat id.',
    'error.alert-rate-limit': 'The destination is limiting messages for now.',
    'error.alert-rate-limit.action':
      'Nothing to do: it is sent again by itself after the wait it named.',
    'error.alert-webhook-server': 'The webhook’s server answered with an error.',
    'error.alert-webhook-server.action': 'Check your server; messages are kept and sent again.',
    'error.alert-webhook-refused': 'The webhook’s server refused the message.',
    'error.alert-webhook-refused.action': 'Check the webhook link and your server’s settings.',
    'error.alert-timeout': 'The destination did not answer in time.',
    'error.alert-timeout.action':
      'Nothing to do: the message is kept and sent again. If it keeps happening, check the server or the connection.',
    'error.alert-network': 'The message did not reach the destination (no connection).',
    'error.alert-network.action':
      'Check the internet connection; the message is kept and sent again.',
    'error.alert-bad-answer': 'The destination answered in a way the extension does not know.',
    'error.alert-bad-answer.action':
      'Check that the right kind of destination was chosen (Telegram, Bale or webhook).',
  },
} as const;
