import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '@/lib/messaging/router';
import { createMessageRouter } from '@/lib/messaging/router';
import type { Sender } from '@/lib/messaging/sender';

const self = { id: 'our-id', baseUrl: 'chrome-extension://our-id/' };
const popup: Sender = { id: 'our-id', url: 'chrome-extension://our-id/popup.html' };
const divarTab: Sender = {
  id: 'our-id',
  url: 'https://divar.ir/s/tehran',
  frameId: 0,
  tab: { id: 7, url: 'https://divar.ir/s/tehran' },
};

function setup() {
  const called = {
    ping: vi.fn(() => ({ pong: true as const, startedAt: 1 })),
    pageSeen: vi.fn(async (request: { url: string }) => ({
      page: { kind: 'other' as const, url: request.url },
    })),
    getTabPage: vi.fn(async () => null),
    takeLastError: vi.fn(async () => null),
  };
  // The router only reaches the handlers these tests send to; the rest never run.
  const handlers = called as unknown as Handlers;
  return { handlers: called, route: createMessageRouter(handlers, self) };
}

describe('createMessageRouter', () => {
  it('answers our popup', async () => {
    const { route } = setup();
    expect(await route({ type: 'ping' }, popup)).toEqual({
      ok: true,
      data: { pong: true, startedAt: 1 },
    });
  });

  it('passes the sending tab of a content-script message to its handler', async () => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'pageSeen', url: 'https://divar.ir/s/tehran' }, divarTab);
    expect(reply.ok).toBe(true);
    expect(handlers.pageSeen).toHaveBeenCalledWith(
      { type: 'pageSeen', url: 'https://divar.ir/s/tehran' },
      { origin: 'content', tabId: 7, tabUrl: 'https://divar.ir/s/tehran' },
    );
  });

  it.each<[string, Sender]>([
    [
      'another extension',
      { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' },
    ],
    [
      'a web page (no extension id)',
      { url: 'https://evil.example/', tab: { id: 3, url: 'https://evil.example/' } },
    ],
    [
      'a sender claiming our URL with another id',
      { id: 'x', url: 'chrome-extension://our-id/popup.html' },
    ],
  ])('refuses %s before reading the payload', async (_name, sender) => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'ping' }, sender);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } });
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it.each<[string, Sender]>([
    [
      'a non-divar tab',
      { ...divarTab, url: 'https://example.com/', tab: { id: 2, url: 'https://example.com/' } },
    ],
    ['a sub-frame of divar', { ...divarTab, frameId: 3 }],
    ['an extension page', popup],
    ['a content script without a tab', { id: 'our-id', url: 'https://divar.ir/' }],
  ])('refuses a content-script message from %s', async (_name, sender) => {
    const { route, handlers } = setup();
    const reply = await route({ type: 'pageSeen', url: 'https://divar.ir/' }, sender);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } });
    expect(handlers.pageSeen).not.toHaveBeenCalled();
  });

  it('refuses extension-only messages from a content script', async () => {
    const { route } = setup();
    const reply = await route({ type: 'getTabPage', tabId: 1 }, divarTab);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden-sender' } });
  });

  it.each([
    [null, 'bad-message'],
    ['ping', 'bad-message'],
    [{}, 'bad-message'],
    [{ type: 42 }, 'bad-message'],
    [{ type: 'deletePosts' }, 'unknown-message'],
    [{ type: 'toString' }, 'unknown-message'],
    [{ type: 'getTabPage' }, 'bad-message'],
    [{ type: 'getTabPage', tabId: -1 }, 'bad-message'],
    [{ type: 'getTabPage', tabId: '1' }, 'bad-message'],
  ])('refuses the malformed message %j with %s', async (message, kind) => {
    const { route } = setup();
    expect(await route(message, popup)).toMatchObject({ ok: false, error: { kind } });
  });

  it('names the bad field of a malformed payload', async () => {
    const { route } = setup();
    const reply = await route({ type: 'pageSeen', url: 'not a url' }, divarTab);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'bad-message' } });
    expect(!reply.ok && reply.error.message).toContain('url');
  });

  it('turns a handler failure into a typed error, never a throw', async () => {
    const { route, handlers } = setup();
    vi.mocked(handlers.getTabPage).mockRejectedValueOnce(new Error('storage broke'));
    expect(await route({ type: 'getTabPage', tabId: 1 }, popup)).toEqual({
      ok: false,
      error: { kind: 'internal', message: 'storage broke' },
    });
  });
});
