import { expect, test } from './fixtures.ts';
import { createForeignExtension } from './support/foreign-extension.ts';

declare const chrome: { runtime: { id: string } };

interface Envelope<T> {
  ok: boolean;
  data?: T;
  error?: { kind: string; message: string };
}

type Ping = Envelope<{ pong: true; startedAt: number }>;

/** Proof that the harness works; extension features are tested in their own specs. */
test.describe('harness', () => {
  test('the service worker starts and the extension id is the one computed from its path', async ({
    serviceWorker,
    extensionId,
  }) => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(new URL(serviceWorker.url()).host).toBe(extensionId);
    expect(await serviceWorker.evaluate(() => chrome.runtime.id)).toBe(extensionId);
  });

  test('divar.ir pages come from the replica with a trusted certificate', async ({
    page,
    replica,
  }) => {
    for (const url of ['https://divar.ir/', 'https://divar.ir/s/tehran/buy-apartment']) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      expect((await response?.securityDetails())?.subjectName).toContain('divar.ir');
      expect(page.url()).toBe(url);
      // An interstitial would be a chrome-error:// document without a secure context.
      expect(await page.evaluate(() => [location.protocol, window.isSecureContext])).toEqual([
        'https:',
        true,
      ]);
    }
    const hits = replica.log.entries().map((entry) => `${entry.host}${entry.path}`);
    expect(hits).toEqual(expect.arrayContaining(['divar.ir/', 'divar.ir/s/tehran/buy-apartment']));
  });

  test('the service worker fetches api.divar.ir through the pinned certificate', async ({
    serviceWorker,
    replica,
  }) => {
    const result = await serviceWorker.evaluate(async () => {
      const response = await fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi');
      return { status: response.status, type: response.headers.get('content-type') };
    });
    expect(result.status).toBe(200);
    expect(result.type).toContain('application/json');
    expect(replica.log.entries().map((entry) => `${entry.host}${entry.path}`)).toContain(
      'api.divar.ir/v8/posts-v2/web/gammaxvi',
    );
  });

  test('other hostnames never reach the network', async ({ serviceWorker }) => {
    const error = await serviceWorker.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached',
        (e: Error) => e.name,
      ),
    );
    expect(error).toBe('TypeError');
  });

  test('stopServiceWorker stops the worker for real, and a message wakes a new one', async ({
    sendMessage,
    stopServiceWorker,
    wakeServiceWorker,
  }) => {
    const before = await sendMessage<Ping>({ type: 'ping' });
    expect(before).toMatchObject({ ok: true, data: { pong: true } });

    const started = Date.now();
    await stopServiceWorker();
    const stopMs = Date.now() - started;
    test.info().annotations.push({ type: 'stopServiceWorker ms', description: String(stopMs) });
    expect(stopMs).toBeLessThan(5_000);

    const worker = await wakeServiceWorker();
    const after = await sendMessage<Ping>({ type: 'ping' });
    expect(after.data?.startedAt).toBeGreaterThan(
      before.data?.startedAt ?? Number.POSITIVE_INFINITY,
    );
    expect(await worker.evaluate(() => chrome.runtime.id)).toBeTruthy();
  });

  test('tabIdOf finds the tab of a divar.ir page', async ({ page, tabIdOf }) => {
    await page.goto('https://divar.ir/s/tehran/buy-apartment');
    expect(await tabIdOf(page)).toBeGreaterThan(0);
  });
});

test.describe('without the SPKI pin', () => {
  test.use({ trustReplica: false });

  test('the replica certificate is rejected, so the pin is what makes it trusted', async ({
    serviceWorker,
    replica,
  }) => {
    const outcome = await serviceWorker.evaluate(() =>
      fetch('https://api.divar.ir/v8/posts-v2/web/gammaxvi').then(
        () => 'reached',
        (e: Error) => e.name,
      ),
    );
    expect(outcome).toBe('TypeError');
    // The TLS handshake failed, so no HTTP request reached the replica.
    expect(replica.log.entries().filter((entry) => entry.host === 'api.divar.ir')).toEqual([]);
  });
});

test.describe('with a foreign extension', () => {
  const foreignDir = createForeignExtension({ name: 'harness-foreign' });
  test.use({ extraExtensionDirs: [foreignDir] });

  test('both extensions load, each with its own id and worker', async ({
    serviceWorker,
    workerOf,
    extensionId,
  }) => {
    const foreign = await workerOf(foreignDir);
    const foreignId = new URL(foreign.url()).host;
    expect(foreignId).not.toBe(extensionId);
    expect(new URL(serviceWorker.url()).host).toBe(extensionId);
    expect(await foreign.evaluate(() => chrome.runtime.id)).toBe(foreignId);
  });
});
