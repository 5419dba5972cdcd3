/**
 * Turns one Pishkhan answer (status and body text) into data or a typed error. Success is decided
 * by the body's `type` (`success`, `not-exists`), the status only when the body names none; the
 * error types (`bad_request`, `access_forbidden`, `too_many_requests`) keep Bazaar's own message.
 */
import type { DriftReport } from '../divar/read/drift';
import { parseTolerantly } from '../divar/read/prune';
import { AppError, type ErrorKind } from '../errors';
import { envelopeSchema, type PishkhanEnvelope } from './schemas';

/** An answer Bazaar called a success (`exists: false` for `not-exists`), with what was skipped. */
export interface PishkhanAnswer extends PishkhanEnvelope {
  exists: boolean;
  drift: DriftReport;
}

// Types compared loosely: case, `_` or `-` (the page writes `not-exists` and `bad_request`).
const normal = (type: string | undefined) =>
  type
    ?.trim()
    .toLowerCase()
    .replace(/[_\s]+/g, '-');

// Bazaar's words for these cases; the page prints the first, the second is a guess (tolerant).
const NO_DRAFT =
  /not an uncommitted release|no uncommitted release|uncommitted release does not exist/i;
const DRAFT_EXISTS =
  /(already|is an|exists?).*uncommitted release|uncommitted release.*(already|exists)/i;

function kindOf(type: string | undefined, status: number, message: string): ErrorKind | undefined {
  if (type === 'too-many-requests' || status === 429) return 'pishkhan-rate-limit';
  if (type === 'access-forbidden' || status === 401 || status === 403) return 'pishkhan-forbidden';
  if (type === 'bad-request' || status === 400) {
    if (NO_DRAFT.test(message)) return 'pishkhan-no-draft';
    if (DRAFT_EXISTS.test(message)) return 'pishkhan-draft-exists';
    return 'pishkhan-bad-request';
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads one answer: Bazaar's success as data, anything else as the AppError of its kind. */
export function readAnswer(status: number, text: string, url: string): PishkhanAnswer {
  const details = { status, url };
  const json = parseJson(text);
  const read =
    typeof json === 'object' && json !== null ? parseTolerantly(envelopeSchema, json) : undefined;
  const envelope: PishkhanEnvelope = read?.ok ? read.data : {};
  const type = normal(envelope.type);
  const message = envelope.message?.trim() || `HTTP ${status}`;
  const failed = kindOf(type, status, message);
  if (failed) throw new AppError(failed, message, { details });
  const drift = read?.ok ? read.drift : { skipped: [], unknownWidgets: 0 };
  if (type === 'success' || type === 'not-exists')
    return { ...envelope, exists: type === 'success', drift };
  // No `type` at all: the status decides (a guess, for an answer the page does not show).
  if (read?.ok && type === undefined && status >= 200 && status < 300)
    return { ...envelope, exists: true, drift };
  const what = read?.ok
    ? `answer type "${envelope.type ?? '(none)'}"`
    : 'an answer that is not JSON';
  throw new AppError('pishkhan-server', `HTTP ${status}: ${what}: ${message}`.slice(0, 300), {
    details,
  });
}
