/** Helpers for the Kenar replica's own tests and the browser tests (not a test file). */
import { createHash } from 'node:crypto';
import { DEMO_APP } from './state.ts';

/** The redirect URL tests register (an extension's, as Chromium makes them). */
export const TEST_REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/kenar';
const OPEN_API = 'https://open-api.divar.ir';

/** POSTs JSON to a Kenar control route and returns the state snapshot. */
export async function control(fetcher: typeof fetch, path: string, body: unknown = {}) {
  const response = await fetcher(`${OPEN_API}/__replica/kenar/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`control ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Calls the Kenar API with the demo key (and a bearer token when given). */
export function kenarCall(
  fetcher: typeof fetch,
  method: string,
  path: string,
  options: {
    body?: unknown;
    token?: string;
    key?: string | null;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== null) headers['x-api-key'] = options.key ?? DEMO_APP.apiKey;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetcher(`${OPEN_API}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
}

/** A fixed PKCE pair for tests: the verifier, and its S256 challenge. */
export const TEST_VERIFIER = 'test-verifier-0123456789-abcdefghijklmnopqrstuvwxyz';
export const TEST_CHALLENGE = createHash('sha256').update(TEST_VERIFIER).digest('base64url');

/** Runs the authorization-code flow with automatic consent; resolves with the token answer. */
export async function connectDemo(fetcher: typeof fetch, scopes: string[]) {
  await control(fetcher, 'apps', { slug: DEMO_APP.slug, consent: 'auto' });
  const authorize = new URL('https://oauth.divar.ir/oauth2/auth');
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: DEMO_APP.slug,
    redirect_uri: TEST_REDIRECT,
    scope: scopes.join(' '),
    state: 'state-1234567',
    code_challenge: TEST_CHALLENGE,
    code_challenge_method: 'S256',
  }).toString();
  const redirect = await fetcher(authorize.href);
  const location = new URL(redirect.headers.get('location') ?? '');
  const code = location.searchParams.get('code');
  if (!code) throw new Error(`no code: ${location.href}`);
  const token = await fetcher('https://oauth.divar.ir/oauth2/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: TEST_VERIFIER,
      client_id: DEMO_APP.slug,
      client_secret: DEMO_APP.clientSecret,
      redirect_uri: TEST_REDIRECT,
    }),
  });
  return (await token.json()) as { access_token: string; refresh_token?: string; scope: string };
}
