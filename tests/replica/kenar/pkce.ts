/**
 * PKCE on the replica's oauth.divar.ir (RFC 7636). Stricter than Hydra's default, on purpose: every
 * authorization request must carry an S256 `code_challenge`, and the code exchange the matching
 * `code_verifier`, so the browser tests prove the extension sends both.
 */
import { createHash } from 'node:crypto';

/** What is wrong with the PKCE part of an authorization request, or undefined when it is fine. */
export function challengeProblem(query: URLSearchParams): string | undefined {
  const challenge = query.get('code_challenge') ?? '';
  if (!challenge) return 'code_challenge is required (PKCE)';
  if (query.get('code_challenge_method') !== 'S256') return 'code_challenge_method must be S256';
  if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) return 'code_challenge is not a base64url SHA-256';
  return undefined;
}

/** Whether `verifier` is the one `challenge` was made from (S256). */
export function verifierMatches(verifier: string, challenge: string | undefined): boolean {
  if (!challenge || !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  return createHash('sha256').update(verifier, 'ascii').digest('base64url') === challenge;
}
