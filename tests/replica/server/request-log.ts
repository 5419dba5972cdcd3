/** An in-memory log of every request the replica answered (faulted ones included). */
import type { IncomingHttpHeaders } from 'node:http';

/** One logged request. Cookie values and credentials are never stored. */
export interface RequestLogEntry {
  id: number;
  /** ISO time the request arrived (real clock). */
  time: string;
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  /** Request headers; `cookie` holds only cookie names, credentials are redacted. */
  headers: Record<string, string>;
  /** The body parsed as JSON, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** Status sent (0 while the response is still being written). */
  status: number;
  durationMs: number;
  /** Faults applied to this request ("latency", "rateLimit", "serverError", "slowBody", "cutConnection", "captcha"). */
  faults: string[];
}

/** The log as route handlers and the control API see it. */
export interface RequestLog {
  entries(): RequestLogEntry[];
  clear(): void;
  /** Starts an entry for an incoming request. */
  start(request: {
    method: string;
    host: string;
    url: URL;
    headers: IncomingHttpHeaders;
    body: Buffer;
  }): RequestLogEntry;
}

const MAX_ENTRIES = 10_000;
const SECRET_HEADERS = new Set([
  'authorization',
  'x-api-key',
  'proxy-authorization',
  'cafebazaar-pishkhan-api-secret',
]);

/** Header values with cookies reduced to their names and credentials redacted. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(headers)) {
    const value = Array.isArray(raw) ? raw.join(', ') : (raw ?? '');
    if (name === 'cookie') {
      result.cookie = value
        .split(';')
        .map((pair) => pair.split('=')[0]?.trim() ?? '')
        .filter(Boolean)
        .join('; ');
    } else if (name === 'authorization' || name === 'proxy-authorization') {
      const scheme = /^(Basic|Bearer|Digest|Token)\s/i.exec(value)?.[1];
      result[name] = scheme ? `${scheme} [redacted]` : '[redacted]';
    } else if (SECRET_HEADERS.has(name)) {
      result[name] = '[redacted]';
    } else {
      result[name] = value;
    }
  }
  return result;
}

function parseBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  const text = body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
  }
}

/** Creates an empty request log. */
export function createRequestLog(): RequestLog {
  let entries: RequestLogEntry[] = [];
  let nextId = 1;
  return {
    entries: () => [...entries],
    clear: () => {
      entries = [];
    },
    start: (request) => {
      const entry: RequestLogEntry = {
        id: nextId++,
        time: new Date().toISOString(),
        method: request.method,
        host: request.host,
        path: request.url.pathname,
        query: Object.fromEntries(request.url.searchParams),
        headers: redactHeaders(request.headers),
        body: parseBody(request.body),
        status: 0,
        durationMs: 0,
        faults: [],
      };
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries = entries.slice(-MAX_ENTRIES);
      return entry;
    },
  };
}
