import { AppError, toErrorInfo } from '../errors';
import {
  type Envelope,
  isMessageType,
  type MessageType,
  PROTOCOL,
  type RequestOf,
  type ResponseOf,
} from './protocol';
import {
  assertOwnExtension,
  checkSender,
  type SelfIdentity,
  type Sender,
  type TrustedSender,
} from './sender';

/** The service behind one message: gets the parsed payload and the checked sender. */
export type Handler<K extends MessageType> = (
  request: RequestOf<K>,
  from: TrustedSender,
) => Promise<ResponseOf<K>> | ResponseOf<K>;

/** One handler for every message in the protocol. */
export type Handlers = { [K in MessageType]: Handler<K> };

function typeOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
}

async function dispatch(
  handlers: Handlers,
  self: SelfIdentity,
  raw: unknown,
  sender: Sender,
): Promise<unknown> {
  assertOwnExtension(sender, self);
  const type = typeOf(raw);
  if (typeof type !== 'string') throw new AppError('bad-message', 'message has no type');
  if (!isMessageType(type)) throw new AppError('unknown-message', `unknown message ${type}`);
  const spec = PROTOCOL[type];
  const from = checkSender(sender, spec.from, self);
  const parsed = spec.request.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new AppError('bad-message', `${type}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const handler = handlers[type] as Handler<typeof type>;
  return handler(parsed.data as never, from);
}

/**
 * Builds the background's single message entry point: check the sender, then parse the payload,
 * then call the handler; every outcome is an Envelope, so errors keep their kind across contexts.
 */
export function createMessageRouter(handlers: Handlers, self: SelfIdentity) {
  return async (raw: unknown, sender: Sender): Promise<Envelope<unknown>> => {
    try {
      return { ok: true, data: await dispatch(handlers, self, raw, sender) };
    } catch (error) {
      return { ok: false, error: toErrorInfo(error) };
    }
  };
}
