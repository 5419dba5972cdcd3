import type { Locator, Page } from '@playwright/test';
import type { Replica } from '../../replica/index.ts';
import { createReplicaFetch } from '../../replica/index.ts';

/** The "Push to portal…" dialog of the results page or of "My posts". */
export class PushDialogPage {
  readonly root: Locator;
  readonly previewRows: Locator;
  readonly outcomes: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('portal-dialog');
    this.previewRows = this.root.getByTestId('portal-preview-row');
    this.outcomes = this.root.getByTestId('portal-outcome');
  }

  /** Chooses the portal region of a divar city. */
  async region(city: string, regionId: number) {
    await this.root
      .locator(`[data-testid="portal-region"][data-city="${city}"]`)
      .selectOption(String(regionId));
  }

  /** Sets the currency and the toman rate. */
  async currency(code: 'eur' | 'huf' | 'usd', rate: string) {
    await this.root.getByTestId('portal-currency').selectOption(code);
    await this.root.getByTestId('portal-rate').fill(rate);
    await this.root.getByTestId('portal-rate').blur();
  }

  /** The outcome rows in one state. */
  inState(state: string) {
    return this.root.locator(`[data-testid="portal-outcome"][data-state="${state}"]`);
  }
}

const SANDBOX = 'https://sandbox.ingatlanok.hu';

/** The replica's sandbox portal: controls and what it holds. */
export function sandboxPortal(replica: Replica) {
  const fetch = createReplicaFetch(replica);
  const control = async (path: string, body: unknown = {}) =>
    fetch(`${SANDBOX}/__replica/ingatlanok/${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
  return {
    reset: () => control('reset'),
    rules: (rules: object) => control('rules', rules),
    spend: (count: number) => control('spend', { count }),
    async state() {
      const response = await fetch(`${SANDBOX}/__replica/ingatlanok/state`);
      return (await response.json()) as {
        properties: { transferId: string; puts: number }[];
        badInHour: number;
      };
    },
    /** The portal's logged calls (no control routes), oldest first. */
    calls: () => replica.log.entries().filter((e) => e.host === 'sandbox.ingatlanok.hu'),
    /** The sub-requests of every batch call, in order. */
    batchItems: () =>
      replica.log
        .entries()
        .filter((e) => e.host === 'sandbox.ingatlanok.hu' && e.path.endsWith('/batch'))
        .flatMap(
          (e) =>
            (Array.isArray(e.body) ? e.body : []) as {
              method: string;
              body: { id: { transfer_id: string } };
            }[],
        ),
  };
}
