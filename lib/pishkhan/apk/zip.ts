/**
 * Reads one entry of a zip (an APK) from a Blob without loading the whole file: the end record,
 * the central directory, then just that entry's bytes, inflated with fflate when deflated.
 */
import { inflateSync } from 'fflate';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// The end record is 22 bytes plus a comment of at most 65,535.
const TAIL = 22 + 0xffff;

/** Why a file could not be read as a zip. */
export class NotAZipError extends Error {}

async function bytes(blob: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

async function centralDirectory(blob: Blob): Promise<{ view: DataView; count: number }> {
  const from = Math.max(0, blob.size - TAIL);
  const tail = await bytes(blob, from, blob.size);
  for (let at = tail.byteLength - 22; at >= 0; at--) {
    if (tail.getUint32(at, true) !== EOCD) continue;
    const count = tail.getUint16(at + 10, true);
    const size = tail.getUint32(at + 12, true);
    const offset = tail.getUint32(at + 16, true);
    if (offset === 0xffffffff) throw new NotAZipError('a zip64 archive (larger than 4 GB)');
    if (offset + size > blob.size) break;
    return { view: await bytes(blob, offset, offset + size), count };
  }
  throw new NotAZipError('no zip end record');
}

/** The names of every entry of the zip. */
export async function zipEntryNames(blob: Blob): Promise<string[]> {
  return (await entries(blob)).map((entry) => entry.name);
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

async function entries(blob: Blob): Promise<Entry[]> {
  const { view, count } = await centralDirectory(blob);
  const found: Entry[] = [];
  const decoder = new TextDecoder();
  let at = 0;
  for (let i = 0; i < count && at + 46 <= view.byteLength; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new NotAZipError('a broken central directory');
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
    found.push({
      name: decoder.decode(name),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return found;
}

/** The bytes of entry `name`, or undefined when the zip has none; NotAZipError when not a zip. */
export async function readZipEntry(blob: Blob, name: string): Promise<Uint8Array | undefined> {
  const entry = (await entries(blob)).find((candidate) => candidate.name === name);
  if (!entry) return undefined;
  const local = await bytes(blob, entry.localOffset, entry.localOffset + 30);
  if (local.byteLength < 30 || local.getUint32(0, true) !== LOCAL)
    throw new NotAZipError(`a broken entry ${name}`);
  const start = entry.localOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  const data = new Uint8Array(await blob.slice(start, start + entry.compressedSize).arrayBuffer());
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateSync(data);
  throw new NotAZipError(`entry ${name} is compressed with method ${entry.method}`);
}
