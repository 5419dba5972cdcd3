import type { z } from 'zod';
import { AppError } from '../errors';
import { loggablePath, type OnAttempt } from './attempt-event';
import { type BackoffOptions, fullJitterDelay } from './backoff';
import { errorForStatus, isRetryable, parseBody } from './classify';
import type { Clock } from './clock';
import type { RateLimiter } from './rate-limiter';

/** What every HTTP client is built from; tests pass fakes. */
export interface HttpDeps {
  fetch: typeof fetch;
  clock: Clock;
  random: () => number;
  /** The shared politeness budget for a host, if it has one. */
  limiterFor?: (host: string) => RateLimiter | undefined;
}

/** Defaults for every request of a client. */
export interface HttpDefaults extends BackoffOptions {
  timeoutMs: number;
  retries: number;
}

/** One JSON request and the schema of the answer. */
export interface JsonRequest<T> {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: unknown;
  /** A body sent as is instead of JSON (a form post, an upload). */
  rawBody?: string | URLSearchParams | Blob | ArrayBuffer;
  schema: z.ZodType<T>;
  /** Accept an empty 2xx body (RFC 7009 revocation answers so) as `undefined`. */
  allowEmpty?: boolean;
  credentials?: RequestCredentials;
  timeoutMs?: number;
  retries?: number;
  signal?: AbortSignal;
  /** Told of every attempt: its outcome and, when it will be retried, the wait first. */
  onAttempt?: OnAttempt;
}

async function attempt<T>(deps: HttpDeps, request: JsonRequest<T>, timeoutMs: number): Promise<T> {
  request.signal?.throwIfAborted();
  const controller = new AbortController();
  const stop = new AbortController();
  const onOuterAbort = () => controller.abort(request.signal?.reason);
  request.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const timedOut = new AppError('timeout', `no answer within ${timeoutMs} ms`, {
    details: { url: request.url },
  });
  deps.clock.sleep(timeoutMs, stop.signal).then(
    () => controller.abort(timedOut),
    () => undefined,
  );
  try {
    const response = await deps.fetch(request.url, {
      method: request.method ?? ((request.body ?? request.rawBody) === undefined ? 'GET' : 'POST'),
      headers: request.headers,
      body:
        request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body)),
      credentials: request.credentials,
      signal: controller.signal,
    });
    const text = await response.text();
    if (!response.ok)
      throw errorForStatus(response.status, text, response.headers, request.url, deps.clock.now());
    if (request.allowEmpty && text.trim() === '') return undefined as T;
    return parseBody(text, request.schema, request.url, response.status);
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;
    if (controller.signal.aborted && controller.signal.reason === timedOut) throw timedOut;
    if (error instanceof AppError) throw error;
    throw new AppError('network', error instanceof Error ? error.message : String(error), {
      cause: error,
      details: { url: request.url },
    });
  } finally {
    stop.abort();
    request.signal?.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * Builds the one request function every client uses: per-host pacing, a timeout, retries with
 * exponential backoff and full jitter for network errors, timeouts, 5xx and 429 (never sooner
 * than `Retry-After`), and a zod-checked answer; failures are AppErrors of one family.
 */
export function createHttp(deps: HttpDeps, defaults: HttpDefaults) {
  return async function requestJson<T>(request: JsonRequest<T>): Promise<T> {
    const limiter = deps.limiterFor?.(new URL(request.url).host);
    const retries = request.retries ?? defaults.retries;
    const path = loggablePath(request.url);
    for (let tryIndex = 0; ; tryIndex++) {
      await limiter?.acquire(request.signal);
      const at = deps.clock.now();
      const report = (fields: { status?: number; error?: AppError; retryInMs?: number }) =>
        request.onAttempt?.({
          at,
          path,
          attempt: tryIndex + 1,
          ms: deps.clock.now() - at,
          ...(fields.status !== undefined ? { status: fields.status } : {}),
          ...(fields.error ? { error: fields.error.kind } : {}),
          ...(fields.error?.details?.status ? { status: fields.error.details.status } : {}),
          ...(fields.retryInMs !== undefined ? { retryInMs: fields.retryInMs } : {}),
        });
      try {
        const result = await attempt(deps, request, request.timeoutMs ?? defaults.timeoutMs);
        limiter?.onSuccess();
        report({ status: 200 });
        return result;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'rate-limit') limiter?.onThrottled();
        if (!isRetryable(error) || tryIndex >= retries) {
          report({ error });
          throw error;
        }
        const wait = Math.max(
          error.details?.retryAfterMs ?? 0,
          fullJitterDelay(tryIndex, defaults, deps.random),
        );
        report({ error, retryInMs: wait });
        await deps.clock.sleep(wait, request.signal);
      }
    }
  };
}

/** The request function createHttp builds. */
export type RequestJson = ReturnType<typeof createHttp>;
