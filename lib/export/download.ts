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
export type ExportFormat = 'csv' | 'xlsx' | 'json';

/**
 * A file name for an export: `divar-<title>-<yyyy-mm-dd>.<ext>`, with characters that file systems
 * refuse replaced; Persian letters are kept.
 */
export function exportFileName(title: string, format: ExportFormat, now: Date): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const safe = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const day = now.toISOString().slice(0, 10);
  return `divar${safe ? `-${safe}` : ''}-${day}.${format}`;
}
