import type { z } from 'zod';
import { AppError } from '../errors';
import { parseRetryAfter } from './backoff';

/** Whether a failed request may be tried again. */
export function isRetryable(error: AppError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate-limit')
    return true;
  return error.kind === 'http' && (error.details?.status ?? 0) >= 500;
}

// divar's captcha answers (NOTES §5): a `hip_action` body, or 403/200 bodies that say captcha.
const CAPTCHA = /hip_action|captcha/i;

/** Turns a non-2xx answer into the error of its kind. */
export function errorForStatus(
  status: number,
  text: string,
  headers: Headers,
  url: string,
  now: number,
): AppError {
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  const details = { status, url, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  const excerpt = text.slice(0, 200);
  if (CAPTCHA.test(text))
    return new AppError('captcha', `captcha required (${status})`, { details });
  if (status === 429) return new AppError('rate-limit', `HTTP 429 from ${url}`, { details });
  if (status === 401 || status === 403)
    return new AppError('auth', `HTTP ${status}: ${excerpt}`, { details });
  if (status === 404) return new AppError('not-found', `HTTP 404 from ${url}`, { details });
  return new AppError('http', `HTTP ${status}: ${excerpt}`, { details });
}

/** Parses a 2xx body: JSON, not a captcha, and matching `schema`, else a typed error naming the path. */
export function parseBody<T>(text: string, schema: z.ZodType<T>, url: string, status: number): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (CAPTCHA.test(text))
      throw new AppError('captcha', 'captcha page instead of JSON', { details: { status, url } });
    throw new AppError('schema', `not JSON: ${text.slice(0, 80)}`, {
      details: { status, url, path: '(body)' },
    });
  }
  if (typeof json === 'object' && json !== null && 'hip_action' in json) {
    throw new AppError('captcha', 'captcha required', { details: { status, url } });
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') || '(root)';
  throw new AppError('schema', `${path}: ${issue?.message ?? 'invalid'}`, {
    details: { status, url, path },
  });
}
