/** The slice of `document` a download needs (a fake in tests). */
export interface DownloadDocument {
  createElement(tag: 'a'): HTMLAnchorElement;
  body: { append(node: Node): void };
}

/** The slice of `URL` a download needs. */
export interface ObjectUrls {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/**
 * Saves `blob` as `fileName` through an `<a download>` click: no `downloads` permission needed.
 * The object URL is revoked on the next tick, after the browser has started the download.
 */
export function downloadBlob(
  blob: Blob,
  fileName: string,
  doc: DownloadDocument = document,
  urls: ObjectUrls = URL,
): void {
  const url = urls.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => urls.revokeObjectURL(url), 0);
}

/** Export file formats. */
export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'parquet' | 'jsonl';

// Characters file systems refuse (Windows' set, a superset), controls, bidi marks, and list
// punctuation that would only sit between words of the name.
const UNSAFE = /[\\/:*?"<>|\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069«»·،,;]+/gu;

/** A day as file names write it: the Jalali date in Persian (1405-09-13), ISO in English. */
export function fileDate(now: Date, lang: 'fa' | 'en'): string {
  const parts = new Intl.DateTimeFormat(`en-US-u-ca-${lang === 'fa' ? 'persian' : 'gregory'}`, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Asia/Tehran',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A file name for an export, readable and safe on every OS: `divar-<title>-<date>.<ext>`, e.g.
 * `divar-فروش-آپارتمان-تهران-1405-09-13.csv`; words are kept, everything else becomes one dash.
 */
export function exportFileName(
  title: string,
  format: ExportFormat,
  now: Date,
  lang: 'fa' | 'en',
): string {
  const safe = title
    .replace(UNSAFE, ' ')
    .trim()
    .split(/\s+/)
    .join('-')
    .replace(/-{2,}/g, '-')
    .slice(0, 60)
    .replace(/^[-.]+|[-.]+$/g, '');
  return `divar${safe ? `-${safe}` : ''}-${fileDate(now, lang)}.${format}`;
}

/**
 * A download that is also remembered as the job's export, so the job's cards on divar.ir get
 * an "exported" mark.
 */
export function recordedDownload(
  send: (message: { type: 'jobExported'; jobId: string }) => unknown,
  jobId: string | undefined,
  doc: DownloadDocument = document,
  urls: ObjectUrls = URL,
): (blob: Blob, fileName: string) => void {
  return (blob, fileName) => {
    downloadBlob(blob, fileName, doc, urls);
    if (jobId) void send({ type: 'jobExported', jobId });
  };
}
