// fflate is a direct dependency (the XLSX writer streams through it): reading files back needs
// nothing new.
import { strFromU8, unzipSync } from 'fflate';

/** The text files of an .xlsx (a zip), by path. */
export async function unzipXlsx(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([path, bytes]) => [path, strFromU8(bytes)]));
}

/** The `<c>` element of cell `ref` (e.g. "B2") in a sheet's XML, or undefined. */
export function cellXml(sheet: string, ref: string): string | undefined {
  return sheet.match(new RegExp(`<c r="${ref}"[^>]*(?:/>|>.*?</c>)`))?.[0];
}

/** The shared strings of a workbook, in index order. */
export function sharedStrings(files: Record<string, string>): string[] {
  const xml = files['xl/sharedStrings.xml'] ?? '';
  return [...xml.matchAll(/<si>(.*?)<\/si>/gs)].map(([, si]) =>
    [...(si ?? '').matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map(([, t]) => unescapeXml(t ?? '')).join(''),
  );
}

/** The text a cell shows: its shared string or inline string, or its number as written. */
export function cellText(files: Record<string, string>, sheet: string, ref: string): string {
  const c = cellXml(sheet, ref) ?? '';
  const v = c.match(/<v>(.*?)<\/v>/)?.[1];
  if (/ t="s"/.test(c)) return sharedStrings(files)[Number(v)] ?? '';
  const inline = c.match(/<t[^>]*>(.*?)<\/t>/s)?.[1];
  return inline !== undefined ? unescapeXml(inline) : (v ?? '');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCharCode(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
