/**
 * A small reader of Android's binary XML (the compiled AndroidManifest.xml of an APK): the string
 * pool, the resource map and the start elements with their typed attributes; nothing else.
 */

/** One attribute: its name (from the pool, or the resource id when the name was stripped). */
export interface XmlAttribute {
  name: string;
  resourceId?: number;
  /** A string, a number, a boolean, or `{ reference }` for a `@…` resource it cannot resolve. */
  value: string | number | boolean | { reference: number } | undefined;
}

/** One start element. */
export interface XmlElement {
  name: string;
  attributes: XmlAttribute[];
}

const XML = 0x0003;
const STRING_POOL = 0x0001;
const RESOURCE_MAP = 0x0180;
const START_ELEMENT = 0x0102;
const UTF8_FLAG = 0x100;
const NO_INDEX = 0xffffffff;

/** Why bytes could not be read as binary XML. */
export class BinaryXmlError extends Error {}

function readStrings(view: DataView, at: number): string[] {
  const count = view.getUint32(at + 8, true);
  const utf8 = (view.getUint32(at + 16, true) & UTF8_FLAG) !== 0;
  const stringsStart = at + view.getUint32(at + 20, true);
  const strings: string[] = [];
  for (let i = 0; i < count; i++) {
    let p = stringsStart + view.getUint32(at + view.getUint16(at + 2, true) + i * 4, true);
    if (utf8) {
      p += view.getUint8(p) & 0x80 ? 2 : 1; // length in UTF-16 units, skipped
      let length = view.getUint8(p);
      if (length & 0x80) length = ((length & 0x7f) << 8) | view.getUint8(p + 1);
      p += view.getUint8(p) & 0x80 ? 2 : 1;
      strings.push(
        new TextDecoder().decode(new Uint8Array(view.buffer, view.byteOffset + p, length)),
      );
    } else {
      let length = view.getUint16(p, true);
      if (length & 0x8000) {
        length = ((length & 0x7fff) << 16) | view.getUint16(p + 2, true);
        p += 2;
      }
      const units: number[] = [];
      for (let j = 0; j < length; j++) units.push(view.getUint16(p + 2 + j * 2, true));
      strings.push(String.fromCharCode(...units));
    }
  }
  return strings;
}

function typedValue(view: DataView, at: number, strings: string[]): XmlAttribute['value'] {
  const raw = view.getUint32(at + 8, true);
  const type = view.getUint8(at + 15);
  const data = view.getUint32(at + 16, true);
  if (type === 0x03) return strings[data];
  if (type === 0x10) return view.getInt32(at + 16, true);
  if (type === 0x11) return data;
  if (type === 0x12) return data !== 0;
  if (type === 0x01) return { reference: data };
  return raw === NO_INDEX ? undefined : strings[raw];
}

function readElement(view: DataView, at: number, strings: string[], ids: number[]): XmlElement {
  const ext = at + view.getUint16(at + 2, true);
  const attributeStart = view.getUint16(ext + 8, true);
  const attributeSize = view.getUint16(ext + 10, true);
  const count = view.getUint16(ext + 12, true);
  const attributes: XmlAttribute[] = [];
  for (let i = 0; i < count; i++) {
    const a = ext + attributeStart + i * attributeSize;
    const nameIndex = view.getUint32(a + 4, true);
    attributes.push({
      name: strings[nameIndex] ?? '',
      resourceId: ids[nameIndex],
      value: typedValue(view, a, strings),
    });
  }
  return { name: strings[view.getUint32(ext + 4, true)] ?? '', attributes };
}

/** The start elements of a binary XML document, in order; BinaryXmlError when it is not one. */
export function readBinaryXml(bytes: Uint8Array): XmlElement[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 8 || view.getUint16(0, true) !== XML)
    throw new BinaryXmlError('not binary XML (a text manifest, or an app bundle’s protobuf)');
  let strings: string[] = [];
  let ids: number[] = [];
  const elements: XmlElement[] = [];
  try {
    for (let at = view.getUint16(2, true); at + 8 <= view.byteLength; ) {
      const type = view.getUint16(at, true);
      const size = view.getUint32(at + 4, true);
      if (size < 8) throw new BinaryXmlError(`a chunk of size ${size} at ${at}`);
      if (type === STRING_POOL) strings = readStrings(view, at);
      else if (type === RESOURCE_MAP)
        ids = Array.from({ length: (size - 8) / 4 }, (_, i) =>
          view.getUint32(at + 8 + i * 4, true),
        );
      else if (type === START_ELEMENT) elements.push(readElement(view, at, strings, ids));
      at += size;
    }
  } catch (error) {
    if (error instanceof BinaryXmlError) throw error;
    throw new BinaryXmlError(`a truncated document (${String(error)})`);
  }
  return elements;
}
