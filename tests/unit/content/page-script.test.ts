import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { badgeText } from '@/lib/content/badge-host';
import { ANSWER_WAIT_MS, createBadgeRefresh } from '@/lib/content/badge-refresh';
import { createPageUpdate } from '@/lib/content/page-script';
import { toolbarRoot } from '@/lib/content/toolbar';

const CARD = (token: string) =>
  `<article class="unsafe-kt-post-card"><a class="unsafe-kt-post-card__action" href="/v/x/${token}"><h2>ویلا</h2></a></article>`;

function setup(href: string) {
  const { document } = parseHTML(
    `<html lang="en"><body>${CARD('aaaaaaaa')}${CARD('bbbbbbbb')}</body></html>`,
  );
  const send = vi.fn(async (message: unknown) => {
    const type = (message as { type: string }).type;
    if (type === 'pageKnownTokens')
      return { ok: true, data: { fetched: ['aaaaaaaa'], collected: [], exported: [] } };
    return { ok: true, data: {} };
  });
  let at = href;
  const deps = { doc: document, href: () => at, send, copy: vi.fn(), log: vi.fn() };
  return { deps, document, send, go: (next: string) => (at = next) };
}

describe('the content script loops', () => {
  it('reports the page and draws its toolbar, again after in-page navigation', () => {
    const { deps, document, send, go } = setup('https://divar.ir/s/tehran/buy-villa');
    const update = createPageUpdate(deps);
    update();
    expect(send).toHaveBeenCalledWith({
      type: 'pageSeen',
      url: 'https://divar.ir/s/tehran/buy-villa',
    });
    expect(toolbarRoot(document)?.querySelector('[data-action=fetch-all]')).not.toBeNull();
    go('https://divar.ir/s/tehran/buy-villa?rooms=2');
    update();
    expect(send).toHaveBeenLastCalledWith({
      type: 'pageSeen',
      url: 'https://divar.ir/s/tehran/buy-villa?rooms=2',
    });
    // Asked for the page's own filters: this fake first page had none; the new URL is in-page.
    const ask = (url: string) => update.answerState({ type: 'readPageState', url });
    expect(ask('https://divar.ir/s/tehran/buy-villa')).toEqual({ stateMissing: 'not-found' });
    expect(ask('https://divar.ir/s/tehran/buy-villa?rooms=2')).toEqual({
      stateMissing: 'navigated',
    });
    expect(update.answerState({ type: 'pageProgress' })).toBeUndefined();
    go('https://divar.ir/v/-/gammaxvi');
    update();
    expect(toolbarRoot(document)?.querySelector('[data-action=copy-token]')).not.toBeNull();
  });

  it('asks what the extension knows of the cards once per set of cards, and marks them', async () => {
    const { deps, document, send } = setup('https://divar.ir/s/tehran/buy-villa');
    const refresh = createBadgeRefresh(deps);
    refresh();
    refresh();
    await vi.waitFor(() =>
      expect(badgeText(document.querySelector('article') as Element)).toContain('fetched'),
    );
    expect(
      send.mock.calls.filter(([m]) => (m as { type: string }).type === 'pageKnownTokens'),
    ).toHaveLength(1);
  });

  it("draws the badges once, with the background's answers, and without them when they never come", async () => {
    vi.useFakeTimers();
    try {
      const { deps, document, send } = setup('https://divar.ir/s/tehran/buy-villa');
      const card = document.querySelector('article') as Element;
      let answer: (value: unknown) => void = () => undefined;
      send.mockImplementation((() => new Promise((resolve) => (answer = resolve))) as never);
      const refresh = createBadgeRefresh(deps);
      refresh();
      expect(card.querySelector('divar-actions-badge')).toBeNull(); // waits for the answers
      answer({ ok: true, data: { fetched: ['aaaaaaaa'], collected: [], exported: [] } });
      await vi.advanceTimersByTimeAsync(ANSWER_WAIT_MS - 10);
      expect(card.querySelector('divar-actions-badge')).toBeNull(); // one answer of two
      await vi.advanceTimersByTimeAsync(20);
      expect(card.querySelector('divar-actions-badge')).not.toBeNull(); // drawn without the other
      expect(badgeText(card)).toContain('fetched');
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks again when a crawl of this search finishes, so the cards it fetched get their mark', () => {
    const { deps, send } = setup('https://divar.ir/s/tehran/buy-villa');
    const refresh = createBadgeRefresh(deps);
    const asked = () =>
      send.mock.calls.filter(([m]) => (m as { type: string }).type === 'pageKnownTokens').length;
    refresh();
    refresh.onMessage({ type: 'jobProgress', url: 'x', phase: 'fetching', listings: 3 });
    refresh();
    expect(asked()).toBe(1);
    refresh.onMessage({ type: 'jobProgress', url: 'x', phase: 'done', listings: 24 });
    expect(asked()).toBe(2); // at once: no poll comes by to ask later
  });

  it("tells the badges when the user's UI language is known, once per change", async () => {
    const { deps, send } = setup('https://divar.ir/s/tehran/buy-villa');
    deps.doc.documentElement.setAttribute('lang', 'fa');
    send.mockImplementation((async () => ({ ok: true, data: { lang: 'en' } })) as never);
    const onLang = vi.fn();
    const update = createPageUpdate(deps, onLang);
    update();
    await vi.waitFor(() => expect(onLang).toHaveBeenCalledTimes(1));
    expect(update.lang()).toBe('en');
    update();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onLang).toHaveBeenCalledTimes(1);
  });

  it("draws nothing twice when the user's UI language is the page's own", async () => {
    const { deps, send } = setup('https://divar.ir/s/tehran/buy-villa');
    send.mockImplementation((async () => ({ ok: true, data: { lang: 'en' } })) as never);
    const onLang = vi.fn();
    const update = createPageUpdate(deps, onLang);
    update();
    await vi.waitFor(() =>
      expect(send.mock.calls.some(([m]) => (m as { type: string }).type === 'pageSeen')).toBe(true),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onLang).not.toHaveBeenCalled();
    expect(update.lang()).toBe('en');
  });
});
