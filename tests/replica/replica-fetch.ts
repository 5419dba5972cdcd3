/**
 * A `fetch` for Node code and tests that sends https://divar.ir/…, https://api.divar.ir/… (and the
 * Kenar hosts) to a replica over real TLS: right Host header and SNI, trusting only the replica's
 * certificate. No global state is touched.
 */
import { Agent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { MAPPED_HOSTS } from './server/hosts.ts';
import { replicaEndpoint } from './server/replica-registry.ts';
import type { Replica } from './types.ts';

const SERVED_HOSTS = new Set<string>([...MAPPED_HOSTS, 'www.divar.ir']);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) headers.append(name, item);
  }
  return headers;
}

/** Creates a fetch bound to one replica (keep-alive connections, closed with the replica). */
export function createReplicaFetch(replica: Replica): typeof fetch {
  const { certPem, host } = replicaEndpoint(replica);
  const agent = new Agent({ keepAlive: true, ca: certPem, maxSockets: 32 });
  const replicaFetch = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.protocol !== 'https:' || !SERVED_HOSTS.has(url.hostname)) {
      throw new TypeError(`replica fetch: ${url.origin} is not served by the divar replica`);
    }
    const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const headers: Record<string, string> = Object.fromEntries(request.headers);
    headers.host = url.host;
    if (body !== undefined) headers['content-length'] = String(body.length);
    return new Promise<Response>((resolve, reject) => {
      const outgoing = httpsRequest(
        {
          host,
          port: replica.port,
          servername: url.hostname,
          method: request.method,
          path: `${url.pathname}${url.search}`,
          headers,
          agent,
        },
        (incoming) => {
          const status = incoming.statusCode ?? 500;
          const stream =
            NULL_BODY_STATUSES.has(status) || request.method === 'HEAD'
              ? null
              : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>);
          const response = new Response(stream, {
            status,
            statusText: incoming.statusMessage,
            headers: toHeaders(incoming.headers),
          });
          Object.defineProperty(response, 'url', { value: url.href });
          resolve(response);
        },
      );
      const abort = () =>
        outgoing.destroy(
          request.signal.reason instanceof Error
            ? request.signal.reason
            : new DOMException('aborted', 'AbortError'),
        );
      if (request.signal.aborted) abort();
      request.signal.addEventListener('abort', abort, { once: true });
      outgoing.on('error', (error) =>
        reject(request.signal.aborted ? error : new TypeError('fetch failed', { cause: error })),
      );
      outgoing.end(body);
    });
  };
  return replicaFetch as typeof fetch;
}
