import { describe, expect, it, vi } from 'vitest';
import { reportPage } from '@/lib/content/report-page';

describe('reportPage', () => {
  it('tells the background about a divar page', async () => {
    const send = vi.fn(async () => ({ ok: true, data: {} }));
    const page = await reportPage('https://divar.ir/v/-/gammaxvi', { send });
    expect(page).toMatchObject({ kind: 'post', token: 'gammaxvi' });
    expect(send).toHaveBeenCalledWith({ type: 'pageSeen', url: 'https://divar.ir/v/-/gammaxvi' });
  });

  it('sends only the URL of a search page: its own filters are read when the background asks', async () => {
    const send = vi.fn(async (_message: unknown) => ({ ok: true, data: {} }));
    await reportPage('https://divar.ir/s/tehran/jobs', { send });
    expect(send).toHaveBeenLastCalledWith({
      type: 'pageSeen',
      url: 'https://divar.ir/s/tehran/jobs',
    });
  });

  it('does nothing on a page it does not understand', async () => {
    const send = vi.fn();
    expect(await reportPage('about:blank', { send })).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it.each([
    [
      'the background is unreachable',
      async () => Promise.reject(new Error('Receiving end does not exist')),
    ],
    [
      'the background refuses',
      async () => ({ ok: false, error: { kind: 'forbidden-sender', message: 'no' } }),
    ],
    ['the answer is garbage', async () => 'garbage'],
  ])('never throws into the page when %s', async (_name, send) => {
    const log = vi.fn();
    await expect(reportPage('https://divar.ir/s/tehran', { send, log })).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledOnce();
  });
});
