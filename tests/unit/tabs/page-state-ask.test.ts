import { describe, expect, it, vi } from 'vitest';
import { createTabStateAsk } from '@/lib/tabs/page-state-ask';

const pageState = { formDataJson: '{"data":{}}', cities: ['1'] };
const never = () => new Promise<void>(() => undefined);

describe('asking a tab for its page’s own filters', () => {
  it('sends the question to the tab and takes a well-formed answer', async () => {
    const send = vi.fn(async () => ({ pageState }));
    const ask = createTabStateAsk(send, never);
    expect(await ask(7, 'https://divar.ir/s/tehran')).toEqual({ pageState });
    expect(send).toHaveBeenCalledWith(7, {
      type: 'readPageState',
      url: 'https://divar.ir/s/tehran',
    });
    const missing = createTabStateAsk(async () => ({ stateMissing: 'navigated' }), never);
    expect(await missing(7, 'https://divar.ir/s/tehran')).toEqual({ stateMissing: 'navigated' });
  });

  it.each([
    [
      'no content script listens',
      async () => Promise.reject(new Error('Receiving end does not exist')),
    ],
    ['the page answers nothing', async () => undefined],
    ['the answer is malformed', async () => ({ pageState: { formDataJson: 42, cities: [] } })],
    ['the answer claims an unknown reason', async () => ({ stateMissing: 'because' })],
    [
      'the state is oversized',
      async () => ({ pageState: { formDataJson: 'x'.repeat(300_000), cities: [] } }),
    ],
  ])('gives undefined when %s', async (_name, send) => {
    expect(await createTabStateAsk(send, never)(1, 'https://divar.ir/s/tehran')).toBeUndefined();
  });

  it('stops waiting for a tab that does not answer in time', async () => {
    const ask = createTabStateAsk(
      () => new Promise(() => undefined),
      async () => undefined,
    );
    expect(await ask(1, 'https://divar.ir/s/tehran')).toBeUndefined();
  });
});
