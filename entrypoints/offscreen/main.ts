import { copyWithTextarea } from '@/lib/clipboard/copy-text';
import { createOffscreenHandler } from '@/lib/clipboard/offscreen-handler';

// Chrome-only: the service worker has no DOM, so it asks this hidden page to copy text.
const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
browser.runtime.onMessage.addListener(
  createOffscreenHandler(self, (text) => copyWithTextarea(document, text)),
);
