import { readFileSync } from 'node:fs';
import type { BrowserContext, Download, Locator, Page } from '@playwright/test';

type ExportFormat = 'csv' | 'xlsx' | 'json' | 'parquet' | 'jsonl';

/** A desktop-sized window: the results page is a full tab, not a popup. */
export const RESULTS_VIEWPORT = { width: 1280, height: 800 };

/** The results page (`results.html?job=<id>`) of the built extension. */
export class ResultsPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly filterText: Locator;
  readonly minPrice: Locator;
  readonly maxPrice: Locator;
  readonly hasPhoto: Locator;
  readonly histogram: Locator;

  constructor(readonly page: Page) {
    const byId = (id: string) => page.getByTestId(id);
    this.root = byId('results');
    this.table = byId('results-table');
    this.rows = this.table.locator('tbody tr[data-token]');
    this.count = byId('results-count');
    this.filterText = byId('filter-text');
    this.minPrice = byId('filter-min-price');
    this.maxPrice = byId('filter-max-price');
    this.hasPhoto = byId('filter-has-photo');
    this.histogram = byId('histogram');
  }

  /** Opens the results page of `jobId` in a new tab. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    jobId: string,
  ): Promise<ResultsPage> {
    const page = await context.newPage();
    await page.setViewportSize(RESULTS_VIEWPORT);
    await page.goto(
      `chrome-extension://${extensionId}/results.html?job=${encodeURIComponent(jobId)}`,
    );
    return new ResultsPage(page);
  }

  /** The tokens of the rows in the DOM, top to bottom. */
  tokens(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-token') ?? ''));
  }

  /** How far the table box and the page scroll sideways (both 0 when the table fits). */
  overflow(): Promise<{ box: number; page: number }> {
    return this.page.evaluate(() => {
      const box = document.querySelector('[data-testid=results-table]') as HTMLElement;
      return {
        box: box.scrollWidth - box.clientWidth,
        page: document.documentElement.scrollWidth - window.innerWidth,
      };
    });
  }

  /** The cell of the first row under the column headed `header` (columns may move). */
  async firstRowCell(header: string): Promise<Locator> {
    const headers = await this.table.locator('thead th').allInnerTexts();
    const index = headers.findIndex((text) => text.trim().startsWith(header));
    if (index < 0) throw new Error(`no column "${header}" in ${headers.join(' | ')}`);
    return this.rows.first().locator('td').nth(index);
  }

  /** Clicks an export button and returns the downloaded file's name and bytes. */
  async export(format: ExportFormat): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await this.exportFiles(format, 1);
    return file as { name: string; bytes: Buffer };
  }

  /** Clicks an export button and returns the first `count` files it downloads, in order. */
  async exportFiles(
    format: ExportFormat,
    count: number,
  ): Promise<{ name: string; bytes: Buffer }[]> {
    const downloads: Download[] = [];
    const all = new Promise<void>((resolve) => {
      const take = (download: Download) => {
        downloads.push(download);
        if (downloads.length < count) return;
        this.page.off('download', take);
        resolve();
      };
      this.page.on('download', take);
    });
    await this.page.getByTestId(`export-${format}`).click();
    await all;
    return Promise.all(
      downloads.map(async (d) => ({
        name: d.suggestedFilename(),
        bytes: readFileSync(await d.path()),
      })),
    );
  }
}
