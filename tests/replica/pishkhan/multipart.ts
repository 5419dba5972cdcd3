/** Reads a `multipart/form-data` body into its fields: text values, and files as bytes. */

/** One part of the form. */
export interface FormPart {
  name: string;
  fileName?: string;
  data: Buffer;
}

/** The parts of `body`, or undefined when the content type is not multipart with a boundary. */
export function parseMultipart(contentType: string, body: Buffer): FormPart[] | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!/^multipart\/form-data/i.test(contentType) || !boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: FormPart[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const part = body.subarray(start + 2, next - 2); // CRLF after the delimiter, before the next
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    const fileName = /filename="([^"]*)"/i.exec(head)?.[1];
    if (name !== undefined) parts.push({ name, fileName, data: part.subarray(split + 4) });
    at = next;
  }
  return parts;
}
