/**
 * The upload transport of extension pages: XMLHttpRequest, whose `upload.onprogress` reports the
 * bytes sent (fetch cannot, over HTTP/1.1), with its own long timeout. Never used by the worker.
 */
import { networkError, type Transport } from './transport';

/** A transport over XMLHttpRequest (`create` makes one; tests pass a fake). */
export function xhrTransport(create: () => XMLHttpRequest = () => new XMLHttpRequest()): Transport {
  return (request) =>
    new Promise((resolve, reject) => {
      const xhr = create();
      xhr.open(request.method, request.url);
      for (const [name, value] of Object.entries(request.headers))
        xhr.setRequestHeader(name, value);
      xhr.timeout = request.timeoutMs;
      xhr.upload.onprogress = (event) => request.onProgress?.(event.loaded, event.total);
      xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
      xhr.onerror = () => reject(networkError(request.url, 'the connection broke'));
      xhr.ontimeout = () =>
        reject(networkError(request.url, `no answer within ${request.timeoutMs} ms`));
      xhr.onabort = () => reject(request.signal?.reason ?? networkError(request.url, 'aborted'));
      request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(request.body ?? null);
    });
}
