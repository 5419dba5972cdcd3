import { webcrypto } from 'node:crypto';
import { createPkce, type PkceCrypto } from '@/lib/kenar/pkce';

/** Node's crypto in the shape the Kenar session takes (real random bytes and SHA-256). */
export const nodeCrypto: PkceCrypto = {
  randomBytes: (length) => webcrypto.getRandomValues(new Uint8Array(length)),
  sha256: (data) => webcrypto.subtle.digest('SHA-256', data),
};

/** A fresh PKCE pair from node's crypto, for the session's `pkce` dependency. */
export const nodePkce = () => createPkce(nodeCrypto);
