import { AppError, isErrorKind } from '../errors';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol';

/** The transport: `browser.runtime.sendMessage` in the extension, a fake in tests. */
export type SendRaw = (message: unknown) => Promise<unknown>;

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

/**
 * Sends one protocol message and unwraps the background's Envelope: resolves with the data or
 * throws the AppError the background reported. Imports no zod, so the content script stays small.
 */
export async function sendMessage<K extends MessageType>(
  send: SendRaw,
  request: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = await send(request);
  if (!isEnvelope(reply)) {
    throw new AppError('internal', `no valid answer to ${request.type}`);
  }
  if (reply.ok) return reply.data as ResponseOf<K>;
  const kind = isErrorKind(reply.error?.kind) ? reply.error.kind : 'internal';
  throw new AppError(kind, String(reply.error?.message ?? 'unknown error'));
}
