import { describe, expect, it, vi } from 'vitest';
import { createOffscreenHandler } from '@/lib/clipboard/offscreen-handler';
import type { Sender } from '@/lib/messaging/sender';

const self = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const worker: Sender = { id: 'our-id', url: 'chrome-extension://our-id/background.js' };
const copyMessage = { target: 'offscreen', type: 'copy', text: 'gammaxvi' };

describe('the offscreen page', () => {
  it('copies what the extension’s own service worker asks it to', async () => {
    const copy = vi.fn(() => true);
    const handle = createOffscreenHandler(self, copy);
    expect(await handle(copyMessage, worker)).toEqual({ ok: true });
    expect(copy).toHaveBeenCalledWith('gammaxvi');
  });

  it.each<[string, Sender]>([
    ['another extension', { id: 'other-id', url: 'chrome-extension://other-id/background.js' }],
    [
      'our content script in a divar page',
      {
        id: 'our-id',
        url: 'https://divar.ir/s/tehran',
        frameId: 0,
        tab: { id: 3, url: 'https://divar.ir/s/tehran' },
      },
    ],
    ['a web page', { url: 'https://divar.ir/' }],
  ])('ignores a copy request from %s', (_name, sender) => {
    const copy = vi.fn(() => true);
    expect(createOffscreenHandler(self, copy)(copyMessage, sender)).toBeUndefined();
    expect(copy).not.toHaveBeenCalled();
  });

  it('leaves messages meant for the background unanswered, and refuses malformed copies', async () => {
    const handle = createOffscreenHandler(self, () => true);
    expect(handle({ type: 'ping' }, worker)).toBeUndefined();
    expect(await handle({ target: 'offscreen', type: 'copy' }, worker)).toMatchObject({
      ok: false,
    });
  });
});
