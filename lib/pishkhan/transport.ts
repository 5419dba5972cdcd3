/**
 * How Pishkhan requests travel: a transport takes one request and resolves with the status and
 * body text, or throws `pishkhan-network`. fetchTransport serves every JSON call; the upload's
 * XMLHttpRequest transport (upload progress) is in xhr-transport.ts, for extension pages only.
 */
import { AppError } from '../errors';
import type { Clock } from '../http/clock';

/** One request as the client builds it. */
export interface TransportRequest {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Bytes of the body sent so far, of the total (uploads). */
  onProgress?(sent: number, total: number): void;
}

/** What came back. */
export interface TransportResponse {
  status: number;
  text: string;
}

/** Sends one request. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** The network failure of `url`: no answer, a cut connection or a timeout. */
export function networkError(url: string, why: string, cause?: unknown): AppError {
  return new AppError('pishkhan-network', why, { cause, details: { url } });
}

/** A transport over `fetch`, with a timeout from the injected clock. */
export function fetchTransport(fetch: typeof globalThis.fetch, clock: Clock): Transport {
  return async (request) => {
    request.signal?.throwIfAborted();
    const controller = new AbortController();
    const stop = new AbortController();
    const onAbort = () => controller.abort(request.signal?.reason);
    request.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    clock.sleep(request.timeoutMs, stop.signal).then(
      () => {
        timedOut = true;
        controller.abort();
      },
      () => undefined,
    );
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      const why = timedOut ? `no answer within ${request.timeoutMs} ms` : String(error);
      throw networkError(request.url, why, error);
    } finally {
      stop.abort();
      request.signal?.removeEventListener('abort', onAbort);
    }
  };
}
