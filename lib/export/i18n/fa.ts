/** Persian words of the Parquet and JSONL exports and the export progress (docs/glossary.md). */
export const exportFa = {
  parquet: 'Parquet (برای تحلیل داده)',
  jsonl: 'JSONL (هر آگهی یک خط)',
  progress: '{done} از {total} آگهی در فایل {format} نوشته شد',
  starting: 'در حال آماده کردن فایل {format}',
  cancel: 'لغو خروجی',
  cancelled: 'خروجی لغو شد و فایلی ذخیره نشد.',
  dictionary:
    'همراه فایل Parquet و JSONL، راهنمای ستون‌ها (معنی، واحد و منبع هر ستون) هم به‌صورت فایل JSON دانلود می‌شود.',
};

export type ExportTextKey = keyof typeof exportFa;
