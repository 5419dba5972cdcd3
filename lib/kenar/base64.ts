/** Bytes as base64 text and back: how a photo crosses the extension's JSON-only message channel. */

const PIECE = 0x2000;

/** Base64 of `bytes` (built in pieces, so large photos do not overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += PIECE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + PIECE));
  }
  return btoa(binary);
}

/** The bytes of base64 `text`; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
