import { isDivarPageUrl, toUrl } from '../divar/hosts';
import { AppError } from '../errors';
import type { MessageOrigin } from './protocol';

/** The parts of `runtime.MessageSender` that trust is decided from. */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Facts about this extension that sender checks compare against. */
export interface SelfIdentity {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  baseUrl: string;
}

/** What a checked sender is allowed to act on. */
export interface TrustedSender {
  origin: MessageOrigin;
  /** The sending tab, for content-script messages. */
  tabId: number | undefined;
  /** The sending tab's URL as the browser reports it (already checked to be on divar.ir). */
  tabUrl?: string;
}

function isOwnPage(sender: Sender, self: SelfIdentity): boolean {
  // sender.url alone is never trusted; here it only tells our pages from our content scripts,
  // both of which already carry our own sender.id.
  return typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl);
}

function isDivarTab(sender: Sender): boolean {
  const tabUrl = sender.tab?.url ? toUrl(sender.tab.url) : undefined;
  return sender.tab?.id !== undefined && tabUrl !== undefined && isDivarPageUrl(tabUrl);
}

/** Throws a `forbidden-sender` AppError unless the message comes from this extension. */
export function assertOwnExtension(sender: Sender, self: SelfIdentity): void {
  if (sender.id !== self.id) {
    throw new AppError('forbidden-sender', `sender id ${String(sender.id)} is not this extension`);
  }
}

/**
 * Decides whether `sender` may send a message meant for `expected` senders: it must be this
 * extension (`sender.id`), and a content-script message must come from the top frame of a
 * divar.ir tab. Throws a `forbidden-sender` AppError otherwise.
 */
export function checkSender(
  sender: Sender,
  expected: MessageOrigin,
  self: SelfIdentity,
): TrustedSender {
  assertOwnExtension(sender, self);
  if (expected === 'extension') {
    if (!isOwnPage(sender, self)) {
      throw new AppError('forbidden-sender', 'message allowed only from extension pages');
    }
    return { origin: 'extension', tabId: undefined };
  }
  if (isOwnPage(sender, self) || !isDivarTab(sender) || (sender.frameId ?? 0) !== 0) {
    throw new AppError('forbidden-sender', 'message allowed only from a divar.ir tab');
  }
  return { origin: 'content', tabId: sender.tab?.id, tabUrl: sender.tab?.url };
}
