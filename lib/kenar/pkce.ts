/** A PKCE pair (RFC 7636): the secret verifier and its S256 challenge. */
export interface Pkce {
  verifier: string;
  challenge: string;
}

/** Random bytes and SHA-256, injected (the browser's crypto in the extension, fixed in tests). */
export interface PkceCrypto {
  randomBytes(length: number): Uint8Array;
  sha256(data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>;
}

/** Base64url without padding (RFC 4648 §5), as PKCE writes both values. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The S256 challenge of a verifier: base64url(SHA-256(ASCII verifier)). */
export async function s256(verifier: string, crypto: Pick<PkceCrypto, 'sha256'>): Promise<string> {
  return base64url(new Uint8Array(await crypto.sha256(new TextEncoder().encode(verifier))));
}

/** A fresh pair: 32 random bytes as a 43-character verifier, and its S256 challenge. */
export async function createPkce(crypto: PkceCrypto): Promise<Pkce> {
  const verifier = base64url(crypto.randomBytes(32));
  return { verifier, challenge: await s256(verifier, crypto) };
}
