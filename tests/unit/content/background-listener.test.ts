import { describe, expect, it, vi } from 'vitest';
import { backgroundListener } from '@/lib/content/background-listener';

function setup() {
  const update = {
    answerState: vi.fn((m: unknown) =>
      (m as { type?: string }).type === 'readPageState'
        ? ({ stateMissing: 'not-found' } as const)
        : undefined,
    ),
    onMessage: vi.fn(),
  };
  const badges = { onMessage: vi.fn() };
  return { update, badges, listen: backgroundListener('our-id', update, badges) };
}

describe('the content script’s listener for the background', () => {
  it('answers the question for the page’s filters at once, and tells nobody else', () => {
    const { update, badges, listen } = setup();
    const sendResponse = vi.fn();
    listen(
      { type: 'readPageState', url: 'https://divar.ir/s/tehran' },
      { id: 'our-id' },
      sendResponse,
    );
    expect(sendResponse).toHaveBeenCalledWith({ stateMissing: 'not-found' });
    expect(update.onMessage).not.toHaveBeenCalled();
    expect(badges.onMessage).not.toHaveBeenCalled();
  });

  it('passes crawl progress to the toolbar and the badges, without answering', () => {
    const { update, badges, listen } = setup();
    const sendResponse = vi.fn();
    const progress = { type: 'pageProgress', url: 'https://divar.ir/s/tehran' };
    listen(progress, { id: 'our-id' }, sendResponse);
    expect(update.onMessage).toHaveBeenCalledWith(progress);
    expect(badges.onMessage).toHaveBeenCalledWith(progress);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('ignores messages from any other sender', () => {
    const { update, badges, listen } = setup();
    const sendResponse = vi.fn();
    for (const sender of [{ id: 'another-extension' }, {}])
      listen({ type: 'readPageState', url: 'https://divar.ir/s/tehran' }, sender, sendResponse);
    expect(update.answerState).not.toHaveBeenCalled();
    expect(sendResponse).not.toHaveBeenCalled();
    expect(badges.onMessage).not.toHaveBeenCalled();
  });
});
