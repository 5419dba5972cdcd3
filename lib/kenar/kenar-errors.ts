/**
 * Turns Kenar's error answers (`googleRpcStatus` bodies) into the Kenar error kinds, before the
 * shared request layer sees them; answers that are not Kenar-specific (404, 5xx, a plain 429)
 * pass through and get the shared handling (retries, Retry-After).
 */
import { AppError, type ErrorKind } from '../errors';
import type { RequestJson } from '../http/request';
import { rpcStatus } from './schemas/common';

/** gRPC codes Kenar answers with (googleRpcStatus.code). */
const FAILED_PRECONDITION = 9;
const INVALID_ARGUMENT = 3;

function readStatus(text: string): { code?: number; message: string } {
  try {
    const parsed = rpcStatus.safeParse(JSON.parse(text));
    if (parsed.success) return { code: parsed.data.code, message: parsed.data.message ?? '' };
  } catch {
    // Not JSON: keep the text itself as the message.
  }
  return { message: text.slice(0, 200) };
}

function kindFor(status: number, code: number | undefined, message: string, hadBearer: boolean) {
  const aboutKey = /api[-_ ]?key/i.test(message);
  if (status === 401) return aboutKey || !hadBearer ? 'kenar-bad-key' : 'kenar-not-connected';
  if (status === 403) {
    if (/scope/i.test(message)) return 'kenar-missing-scope';
    if (/own|belong/i.test(message)) return 'kenar-not-own-post';
    return 'kenar-key-permission';
  }
  if (status === 429 && /search/i.test(message) && /quota/i.test(message)) return 'kenar-quota';
  // The app's daily quota: waiting a few seconds will not help, so no retries (NOTES §2).
  if (status === 429 && /daily|quota/i.test(message)) return 'kenar-rate-limit';
  if ((status === 412 || code === FAILED_PRECONDITION) && /expire/i.test(message))
    return 'kenar-post-expired';
  if (status === 400 || code === INVALID_ARGUMENT) return 'kenar-invalid';
  return undefined;
}

/** The Kenar error kind of a non-2xx answer, or undefined when the shared handling fits. */
export function kenarErrorFor(
  status: number,
  text: string,
  url: string,
  hadBearer: boolean,
): AppError | undefined {
  const { code, message } = readStatus(text);
  const kind: ErrorKind | undefined = kindFor(status, code, message, hadBearer);
  if (kind === undefined) return undefined;
  return new AppError(kind, `HTTP ${status}${code === undefined ? '' : ` (${code})`}: ${message}`, {
    details: { status, url },
  });
}

/** Wraps `fetch` so Kenar's own errors are thrown as their kinds (the request layer rethrows them). */
export function withKenarErrors(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await fetch(input, init);
    if (response.ok) return response;
    const text = await response.text();
    const headers = new Headers(init?.headers);
    const hadBearer = /^Bearer\s+\S/i.test(headers.get('authorization') ?? '');
    const error = kenarErrorFor(response.status, text, String(input), hadBearer);
    if (error) throw error;
    return new Response(text, { status: response.status, headers: response.headers });
  }) as typeof globalThis.fetch;
}

/**
 * Wraps the request function so a 429 the shared retries could not outlast becomes Kenar's own
 * kind: the per-minute limit or the app's daily quota (NOTES §2), not divar's web pacing.
 */
export function withKenarRateLimit(request: RequestJson): RequestJson {
  return async (call) => {
    try {
      return await request(call);
    } catch (error) {
      if (!(error instanceof AppError) || error.kind !== 'rate-limit') throw error;
      throw new AppError('kenar-rate-limit', error.message, {
        cause: error,
        details: error.details,
      });
    }
  };
}
