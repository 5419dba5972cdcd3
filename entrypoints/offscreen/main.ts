import { copyWithTextarea, type OffscreenCopyMessage } from '@/lib/clipboard/copy-text';

// Chrome-only: the service worker has no DOM, so it asks this hidden page to copy text.
browser.runtime.onMessage.addListener((message: unknown, sender) => {
  const request = message as Partial<OffscreenCopyMessage> | undefined;
  if (sender.id !== browser.runtime.id || request?.target !== 'offscreen') return undefined;
  if (request.type !== 'copy' || typeof request.text !== 'string') {
    return Promise.resolve({ ok: false, error: 'bad offscreen message' });
  }
  const ok = copyWithTextarea(document, request.text);
  return Promise.resolve(ok ? { ok } : { ok, error: 'execCommand(copy) refused' });
});
