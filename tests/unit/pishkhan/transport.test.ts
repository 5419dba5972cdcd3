import { describe, expect, it } from 'vitest';
import { createFakeClock } from '@/lib/http/clock';
import { fetchTransport } from '@/lib/pishkhan/transport';
import { xhrTransport } from '@/lib/pishkhan/xhr-transport';

const request = {
  method: 'GET' as const,
  url: 'https://api.pishkhan.cafebazaar.ir/v1/apps/releases/last-published/',
  headers: { a: 'b' },
  timeoutMs: 1000,
};

/** What a test sees of a scripted XMLHttpRequest. */
interface FakeXhr {
  status: number;
  responseText: string;
  upload: { onprogress?: (e: { loaded: number; total: number }) => void };
  onload?: () => void;
  onerror?: () => void;
  ontimeout?: () => void;
}

/** A scripted XMLHttpRequest: `finish` decides how the request ends. */
function fakeXhr(finish: (xhr: FakeXhr) => void) {
  const made: Scripted[] = [];
  class Scripted implements FakeXhr {
    status = 0;
    responseText = '';
    timeout = 0;
    opened: string[] = [];
    headers: Record<string, string> = {};
    sent: unknown;
    upload: { onprogress?: (e: { loaded: number; total: number }) => void } = {};
    onload?: () => void;
    onerror?: () => void;
    ontimeout?: () => void;
    onabort?: () => void;
    open(method: string, url: string) {
      this.opened = [method, url];
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(body: unknown) {
      this.sent = body;
      made.push(this);
      queueMicrotask(() => finish(this));
    }
    abort() {
      this.onabort?.();
    }
  }
  return { create: () => new Scripted() as unknown as XMLHttpRequest, made };
}

describe('fetchTransport', () => {
  it('returns status and text', async () => {
    const transport = fetchTransport(
      async () => new Response('{"type":"success"}', { status: 201 }),
      createFakeClock(),
    );
    expect(await transport(request)).toEqual({ status: 201, text: '{"type":"success"}' });
  });

  it('turns a failed fetch and a timeout into pishkhan-network', async () => {
    const failing = fetchTransport(async () => {
      throw new TypeError('Failed to fetch');
    }, createFakeClock());
    await expect(failing(request)).rejects.toMatchObject({ kind: 'pishkhan-network' });
    const clock = createFakeClock();
    const hanging = fetchTransport(
      (_, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
      clock,
    );
    await expect(clock.run(hanging(request))).rejects.toMatchObject({
      kind: 'pishkhan-network',
      message: 'no answer within 1000 ms',
    });
  });
});

describe('xhrTransport', () => {
  it('sends headers and body, reports upload progress, sets the long timeout', async () => {
    const fake = fakeXhr((xhr) => {
      xhr.upload.onprogress?.({ loaded: 5, total: 10 });
      xhr.status = 200;
      xhr.responseText = '{}';
      xhr.onload?.();
    });
    const progress: [number, number][] = [];
    const form = new FormData();
    const result = await xhrTransport(fake.create)({
      ...request,
      method: 'POST',
      body: form,
      timeoutMs: 900_000,
      onProgress: (sent, total) => progress.push([sent, total]),
    });
    expect(result).toEqual({ status: 200, text: '{}' });
    expect(fake.made[0]).toMatchObject({
      opened: ['POST', request.url],
      headers: { a: 'b' },
      timeout: 900_000,
    });
    expect(fake.made[0]?.sent).toBe(form);
    expect(progress).toEqual([[5, 10]]);
  });

  it('turns a cut connection and a timeout into pishkhan-network', async () => {
    const cut = fakeXhr((xhr) => xhr.onerror?.());
    await expect(xhrTransport(cut.create)(request)).rejects.toMatchObject({
      kind: 'pishkhan-network',
      message: 'the connection broke',
    });
    const slow = fakeXhr((xhr) => xhr.ontimeout?.());
    await expect(xhrTransport(slow.create)(request)).rejects.toMatchObject({
      kind: 'pishkhan-network',
    });
  });
});
