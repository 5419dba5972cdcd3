import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
};

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

/**
 * Drives one loaded extension from outside: messages, tab ids and service-worker lifecycle.
 * Everything goes through an extension page (its manifest.json, which has the `chrome` API), so
 * it keeps working while the service worker is stopped.
 */
export class ExtensionDriver {
  private controlPage: Page | undefined;

  constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
  ) {}

  /** The extension's origin, `chrome-extension://<id>`. */
  get origin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  /** Waits for this extension's service worker and returns it. */
  async serviceWorker(timeout = 10_000): Promise<Worker> {
    const isOurs = (worker: Worker) => worker.url().startsWith(`${this.origin}/`);
    const next = this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout });
    const running = this.context.serviceWorkers().find(isOurs);
    if (running) {
      next.catch(() => {});
      return running;
    }
    return next;
  }

  /** Sends `message` with runtime.sendMessage from an extension page and returns the answer. */
  async sendMessage<T = unknown>(message: unknown): Promise<T> {
    const page = await this.page();
    return (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
  }

  /** The browser tab id of `page`, found by its URL through chrome.tabs.query. */
  async tabIdOf(page: Page, timeout = 5_000): Promise<number> {
    const url = page.url();
    const control = await this.page();
    const deadline = Date.now() + timeout;
    for (;;) {
      const tabs = await control.evaluate(() => chrome.tabs.query({}));
      const ids = tabs.filter((tab) => tab.url === url).map((tab) => tab.id);
      if (ids.length > 1) {
        throw new Error(`${ids.length} tabs show ${url}; give each page a distinct URL (a #hash)`);
      }
      if (ids[0] !== undefined) return ids[0];
      if (Date.now() > deadline) throw new Error(`No tab the extension can see shows ${url}`);
      await control.waitForTimeout(100);
    }
  }

  /**
   * Stops the extension's service worker for real (CDP ServiceWorker.stopAllWorkers) and
   * returns once Chromium reports it stopped. Playwright's handle stays usable after a wake-up.
   */
  async stopServiceWorker(timeout = 10_000): Promise<void> {
    const cdp = await this.context.newCDPSession(await this.page());
    try {
      const stopped = this.waitForStatus(cdp, 'stopped', timeout);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    } finally {
      await cdp.detach().catch(() => {});
    }
  }

  /** Wakes the service worker with a `ping` message and returns it once it runs. */
  async wakeServiceWorker(): Promise<Worker> {
    // The answer does not matter here: delivering any message starts the worker.
    await this.sendMessage({ type: 'ping' }).catch(() => {});
    return this.serviceWorker();
  }

  /** Resolves when every version of this extension's worker that CDP reports has `status`. */
  private waitForStatus(cdp: CDPSession, status: RunningStatus, timeout: number): Promise<void> {
    const latest = new Map<string, RunningStatus>();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const seen = [...latest.values()].join(', ') || 'no version';
        reject(new Error(`Service worker not ${status} after ${timeout} ms (saw: ${seen})`));
      }, timeout);
      cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
        for (const version of event.versions) {
          if (version.scriptURL.startsWith(`${this.origin}/`)) {
            latest.set(version.versionId, version.runningStatus);
          }
        }
        if (latest.size > 0 && [...latest.values()].every((s) => s === status)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }

  /** The extension page used to reach the `chrome` API; reopened if a test closed it. */
  private async page(): Promise<Page> {
    if (!this.controlPage || this.controlPage.isClosed()) {
      const page = await this.context.newPage();
      await page.goto(`${this.origin}/manifest.json`);
      this.controlPage = page;
    }
    return this.controlPage;
  }
}
