import { checkSender, type SelfIdentity, type Sender } from '../messaging/sender';
import type { OffscreenCopyMessage } from './copy-text';

/** What the offscreen page answers a copy request with. */
export type OffscreenReply = { ok: true } | { ok: false; error: string };

function isOwnExtensionPage(sender: Sender, self: SelfIdentity): boolean {
  try {
    checkSender(sender, 'extension', self);
    return true;
  } catch {
    return false;
  }
}

/**
 * The offscreen page's message listener: copies text the background asks it to copy, and ignores
 * (answers nothing to) every message not addressed to it or not sent by this extension's own
 * service worker or pages: not another extension, and not a content script running in a page.
 */
export function createOffscreenHandler(self: SelfIdentity, copy: (text: string) => boolean) {
  return (message: unknown, sender: Sender): Promise<OffscreenReply> | undefined => {
    const request = message as Partial<OffscreenCopyMessage> | undefined;
    if (request?.target !== 'offscreen' || !isOwnExtensionPage(sender, self)) return undefined;
    if (request.type !== 'copy' || typeof request.text !== 'string')
      return Promise.resolve({ ok: false, error: 'bad offscreen message' });
    const ok = copy(request.text);
    return Promise.resolve(ok ? { ok } : { ok, error: 'execCommand(copy) refused' });
  };
}
