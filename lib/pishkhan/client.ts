/**
 * The typed client of Cafe Bazaar's Pishkhan release API: the seven endpoints of the page, one
 * token per app in the `CAFEBAZAAR-PISHKHAN-API-SECRET` header, each answer read by readAnswer.
 */
import type { DriftReport } from '../divar/read/drift';
import { AppError } from '../errors';
import { type PishkhanAnswer, readAnswer } from './answer';
import {
  type Architecture,
  type CommitBody,
  commitBodySchema,
  type PishkhanPackage,
  type PishkhanRelease,
} from './schemas';
import type { Transport, TransportRequest } from './transport';

/** Where the API lives. */
export const PISHKHAN_ORIGIN = 'https://api.pishkhan.cafebazaar.ir';
/** The optional host permission the extension asks for before the first call. */
export const PISHKHAN_HOST_PATTERN = `${PISHKHAN_ORIGIN}/*`;
/** The header that carries an app's token. */
export const TOKEN_HEADER = 'CAFEBAZAAR-PISHKHAN-API-SECRET';
const BASE = '/v1/apps/releases/';

/** What the client is built from; tests pass a fake transport. */
export interface PishkhanClientDeps {
  transport: Transport;
  /** The upload's transport (XMLHttpRequest on extension pages, for progress); else `transport`. */
  uploadTransport?: Transport;
  token(): Promise<string>;
  origin?: string;
  timeoutMs?: number;
  uploadTimeoutMs?: number;
}

/** A `last-*` read: the release, or null when Bazaar answered `not-exists`. */
export interface ReleaseRead {
  release: PishkhanRelease | null;
  message?: string;
  drift: DriftReport;
}

/** Options of one upload. */
export interface UploadOptions {
  onProgress?(sent: number, total: number): void;
  signal?: AbortSignal;
}

type Name = '' | 'upload' | 'commit' | 'last-committed' | 'last-uncommitted' | 'last-published';

function hasBazaarType(text: string): boolean {
  try {
    return typeof (JSON.parse(text) as { type?: unknown }).type === 'string';
  } catch {
    return false;
  }
}

const read = (answer: PishkhanAnswer): ReleaseRead => ({
  release: answer.exists ? (answer.release ?? {}) : null,
  message: answer.message,
  drift: answer.drift,
});

/** Builds a Pishkhan client for one app's token. */
export function createPishkhanClient(deps: PishkhanClientDeps) {
  const origin = deps.origin ?? PISHKHAN_ORIGIN;
  // The page prints `…/releases/upload` without a trailing slash (only the base has one); public
  // clients send `upload/`. A slash-less path may be redirected, and a redirected POST comes back
  // as a GET, so the slash form is sent first; a 404 or 405 that is not one of Bazaar's typed
  // answers is tried once in the printed form, and whichever form worked is kept.
  let slash = true;
  const urlOf = (name: Name, withSlash: boolean) =>
    `${origin}${BASE}${name}${name && withSlash ? '/' : ''}`;

  async function call(
    method: TransportRequest['method'],
    name: Name,
    extra: Partial<TransportRequest> = {},
  ): Promise<PishkhanAnswer> {
    const token = (await deps.token()).trim();
    if (!token) throw new AppError('pishkhan-no-app', 'no token saved for this app');
    const { headers, ...rest } = extra;
    const upload = name === 'upload';
    const send = (withSlash: boolean) =>
      (upload ? (deps.uploadTransport ?? deps.transport) : deps.transport)({
        method,
        url: urlOf(name, withSlash),
        headers: { [TOKEN_HEADER]: token, accept: 'application/json', ...headers },
        timeoutMs: upload ? (deps.uploadTimeoutMs ?? 15 * 60_000) : (deps.timeoutMs ?? 30_000),
        ...rest,
      });
    let response = await send(slash);
    let url = urlOf(name, slash);
    const missing = (status: number, text: string) =>
      (status === 404 || status === 405) && !hasBazaarType(text);
    if (name && missing(response.status, response.text)) {
      const other = await send(!slash);
      if (!missing(other.status, other.text)) {
        slash = !slash;
        [response, url] = [other, urlOf(name, slash)];
      }
    }
    return readAnswer(response.status, response.text, url);
  }

  const json = (body: unknown) => ({
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });

  return {
    /** 1. Creates a draft release (201 with the new release). */
    create: async (): Promise<{ message?: string; release: PishkhanRelease }> => {
      const answer = await call('POST', '');
      return { message: answer.message, release: answer.release ?? {} };
    },
    /** 2. Deletes the uncommitted release (only one never sent for review). */
    discard: async (): Promise<{ message?: string }> => ({
      message: (await call('DELETE', '')).message,
    }),
    /** 3. Adds a package to the draft: multipart `architecture` (the literal string) and `apk`. */
    upload: async (
      apk: Blob,
      fileName: string,
      architecture: Architecture,
      options: UploadOptions = {},
    ): Promise<{ message?: string; package: PishkhanPackage }> => {
      const form = new FormData();
      form.append('architecture', architecture);
      form.append('apk', apk, fileName);
      const answer = await call('POST', 'upload', { body: form, ...options });
      return { message: answer.message, package: answer.package ?? {} };
    },
    /** 4. Sends the draft for review; the body is checked and serialized here, never hand-written. */
    commit: async (body: CommitBody): Promise<{ message?: string; release: PishkhanRelease }> => {
      const answer = await call('POST', 'commit', json(commitBodySchema.parse(body)));
      return { message: answer.message, release: answer.release ?? {} };
    },
    /** 5. The last committed release. */
    lastCommitted: async () => read(await call('GET', 'last-committed')),
    /** 6. The last uncommitted release: how an open draft is found. */
    lastUncommitted: async () => read(await call('GET', 'last-uncommitted')),
    /** 7. The last published release. */
    lastPublished: async () => read(await call('GET', 'last-published')),
  };
}

/** A Pishkhan client. */
export type PishkhanClient = ReturnType<typeof createPishkhanClient>;
