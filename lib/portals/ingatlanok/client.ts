import { z } from 'zod';
import { parseTolerantly } from '../../divar/read/prune';
import { AppError } from '../../errors';
import { ERROR_CODE, INGATLANOK_BASE, type PortalEnvironment } from './endpoints';
import {
  batchAnswer,
  errorBody,
  officeRow,
  type PropertyBody,
  propertyIdRow,
  regionRow,
  savedProperty,
  sellerRow,
  unwrapList,
} from './schemas';

/** Who calls: the admin user name, the separate XML/JSON password and which system. */
export interface IngatlanokCredentials {
  user: string;
  password: string;
  environment: PortalEnvironment;
}

/** What the client is built from; tests pass a fake `fetch`. */
export interface IngatlanokDeps {
  fetch: typeof fetch;
  credentials(): Promise<IngatlanokCredentials>;
  timeoutMs?: number;
  /** Told of every 4xx the portal answers (a call, or items of a batch): the hour's budget. */
  onBadRequests?(count: number): Promise<void> | void;
}

/** A property named by the portal's id, or by the caller's transfer id within an office. */
export type PropertyRef = { id: number } | { transferId: string; officeId: number };

/** One sub-request of `POST /batch`: upper-case method, path with query, optional body. */
export interface BatchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  uri: string;
  body?: unknown;
}

/** The `/property` path naming one property (for PUT and DELETE, direct or in a batch). */
export function propertyUri(ref?: PropertyRef, path = '/property'): string {
  if (!ref) return path;
  const query =
    'id' in ref
      ? new URLSearchParams({ id: String(ref.id) })
      : new URLSearchParams({ transfer_id: ref.transferId, office_id: String(ref.officeId) });
  return `${path}?${query}`;
}

/** The AppError of a portal error answer (a whole call's, or one batch item's). */
export function portalError(status: number, body: unknown): AppError {
  const parsed = errorBody.safeParse(body);
  const code = parsed.success ? parsed.data.error_code : undefined;
  const text = (parsed.success ? parsed.data.error_description : undefined) ?? `HTTP ${status}`;
  const details = { status, ...(code !== undefined ? { portalCode: code } : {}) };
  if (code === ERROR_CODE.budgetSpent) return new AppError('portal-budget', text, { details });
  if (status === 401) return new AppError('portal-auth', text, { details });
  if (status >= 400 && status < 500) return new AppError('portal-rejected', text, { details });
  return new AppError('http', text, { details });
}

const basic = (user: string, password: string) => {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
};

function read<T>(schema: z.ZodType<T>, json: unknown, url: string): T {
  const result = parseTolerantly(schema, json);
  if (result.ok) return result.data;
  throw new AppError('schema', `${result.path}: expected ${result.expected}`, {
    details: { url, path: result.path },
  });
}

/**
 * The ingatlanok.hu JSON API v3 client: HTTP Basic auth on every call, JSON bodies built by a
 * serializer, one attempt per call (the job decides what to retry), typed errors by kind.
 */
export function createIngatlanokClient(deps: IngatlanokDeps) {
  async function call<T>(
    method: BatchRequest['method'],
    uri: string,
    schema: z.ZodType<T>,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<T> {
    const { user, password, environment } = await deps.credentials();
    const url = `${INGATLANOK_BASE[environment]}${uri}`;
    const timeout = AbortSignal.timeout(deps.timeoutMs ?? 60_000);
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method,
        headers: {
          authorization: basic(user, password),
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      const kind = timeout.aborted ? 'timeout' : 'network';
      throw new AppError(kind, `${method} ${uri}: no answer`, { cause: error, details: { url } });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new AppError('network', `${method} ${uri}: the answer was cut`, { cause: error });
    }
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      if (response.ok) throw new AppError('schema', `not JSON: ${text.slice(0, 80)}`);
      json = {};
    }
    if (!response.ok) {
      if (response.status < 500) await deps.onBadRequests?.(1);
      throw portalError(response.status, json);
    }
    return read(schema, json, url);
  }
  const list = <T>(row: z.ZodType<T>, main: string) =>
    z.preprocess((json) => unwrapList(json, main), z.array(row));

  return {
    /** `GET /property?part=…`: by default only the ids of every property (id, transfer_id). */
    properties: (part = 'id', signal?: AbortSignal) =>
      call(
        'GET',
        `/property?${new URLSearchParams({ part })}`,
        list(propertyIdRow, 'property'),
        undefined,
        signal,
      ),
    /** `POST /property`: a new property; answers its portal id. */
    createProperty: (body: PropertyBody) => call('POST', '/property', savedProperty, body),
    /** `PUT /property?…`: modifies a property in place (never delete and create again). */
    updateProperty: (ref: PropertyRef, body: PropertyBody) =>
      call('PUT', propertyUri(ref), savedProperty, body),
    /** `DELETE /property?…`: removes a property; only ever on the user's confirmed request. */
    deleteProperty: (ref: PropertyRef) => call('DELETE', propertyUri(ref), z.unknown()),
    /** `POST /property/image`: adds images to a property. */
    addImages: (body: unknown) => call('POST', '/property/image', z.unknown(), body),
    /** `PUT /property/image`: changes a property's images. */
    updateImages: (body: unknown) => call('PUT', '/property/image', z.unknown(), body),
    /** `DELETE /property/image?…`: removes a property's images. */
    deleteImages: (ref: PropertyRef) =>
      call('DELETE', propertyUri(ref, '/property/image'), z.unknown()),
    /** `GET /seller`: the account's sellers (agents). */
    sellers: () => call('GET', '/seller', list(sellerRow, 'seller')),
    /** `GET /office`: the account's offices. */
    offices: () => call('GET', '/office?part=id,office,firm,region', list(officeRow, 'office')),
    /** `GET /region`: the portal's regions, with ids. */
    regions: () => call('GET', '/region', list(regionRow, 'region')),
    /** `POST /batch`: up to 100 sub-requests; the answers in the same order (207 Multi-Status). */
    async batch(requests: BatchRequest[], signal?: AbortSignal) {
      const answers = await call('POST', '/batch', z.array(batchAnswer), requests, signal);
      const bad = answers.filter((a) => a.status >= 400 && a.status < 500).length;
      if (bad > 0) await deps.onBadRequests?.(bad);
      return answers;
    },
  };
}

/** The client createIngatlanokClient builds. */
export type IngatlanokClient = ReturnType<typeof createIngatlanokClient>;
