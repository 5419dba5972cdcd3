import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { drawnText } from '@/lib/content/drawn-text';
import { pageActions } from '@/lib/content/page-actions';
import { renderToolbar, toolbarRoot } from '@/lib/content/toolbar';
import { classifyDivarUrl } from '@/lib/divar/page-kind';

function dom() {
  return parseHTML('<!doctype html><html lang="fa"><body><div id="app"></div></body></html>')
    .document;
}

describe('page toolbar', () => {
  it('offers fetch-all and copy-request on a search page, copy-token on a post page', () => {
    const send = vi.fn();
    const copy = vi.fn(async () => {});
    const search = pageActions(classifyDivarUrl('https://divar.ir/s/tehran/buy-apartment'), {
      send,
      copy,
      lang: 'fa',
    });
    expect(search.map((a) => a.id)).toEqual(['fetch-all', 'watch', 'export', 'copy-curl']);
    const post = pageActions(classifyDivarUrl('https://divar.ir/v/-/gammaxvi'), {
      send,
      copy,
      lang: 'en',
    });
    expect(post.map((a) => a.label)).toEqual(['Copy token', 'Details & Kenar', 'Details as JSON']);
    expect(pageActions(classifyDivarUrl('https://divar.ir/'), { send, copy, lang: 'fa' })).toEqual(
      [],
    );
  });

  it('copies the token of a post page', async () => {
    const copy = vi.fn(async () => {});
    const [action] = pageActions(classifyDivarUrl('https://divar.ir/v/-/gammaxvi'), {
      send: vi.fn(),
      copy,
      lang: 'fa',
    });
    expect(await action?.run()).toContain('✓');
    expect(copy).toHaveBeenCalledWith('gammaxvi');
  });

  it('asks the background for the request text and copies it', async () => {
    const copy = vi.fn(async () => {});
    const send = vi.fn(async () => ({ ok: true, data: { text: "curl 'x'" } }));
    const actions = pageActions(classifyDivarUrl('https://divar.ir/s/tehran/jobs'), {
      send,
      copy,
      lang: 'fa',
    });
    await actions.find((a) => a.id === 'copy-curl')?.run();
    expect(send).toHaveBeenCalledWith({ type: 'pageRequestText', format: 'curl' });
    expect(copy).toHaveBeenCalledWith("curl 'x'");
  });

  it('says when Fetch all found this search already being fetched', async () => {
    const answers = [true, false].map((started) => ({ ok: true, data: { started, job: {} } }));
    const send = vi.fn(async () => answers.shift());
    const [fetchAll] = pageActions(classifyDivarUrl('https://divar.ir/s/tehran/jobs'), {
      send,
      copy: vi.fn(),
      lang: 'en',
    });
    expect(await fetchAll?.run()).toBe('✓ Fetching; open the extension popup');
    expect(await fetchAll?.run()).toContain('already being fetched');
  });

  it('says the watch cap in the page’s language', async () => {
    const send = vi.fn(async () => ({ ok: false, error: { kind: 'watch-cap', message: 'x' } }));
    const actions = pageActions(classifyDivarUrl('https://divar.ir/s/tehran/jobs'), {
      send,
      copy: vi.fn(),
      lang: 'fa',
    });
    await expect(actions.find((a) => a.id === 'watch')?.run()).rejects.toThrow(/۵۰ جستجو/);
  });

  it('keeps one toolbar across in-page navigation and removes it on other pages', () => {
    const doc = dom();
    const actions = (url: string) =>
      pageActions(classifyDivarUrl(url), { send: vi.fn(), copy: vi.fn(), lang: 'fa' });
    const render = (url: string) => renderToolbar(doc, classifyDivarUrl(url), actions(url));
    render('https://divar.ir/s/tehran/buy-apartment');
    render('https://divar.ir/s/tehran/buy-apartment?size=40-90');
    render('https://divar.ir/v/-/gammaxvi');
    const hosts = doc.querySelectorAll('divar-actions-toolbar');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.shadowRoot).toBeNull(); // closed: the page cannot reach the buttons
    const buttons = toolbarRoot(doc)?.querySelectorAll('button') ?? [];
    expect([...buttons].map((b) => b.dataset.action)).toEqual([
      'copy-token',
      'details',
      'copy-json',
    ]);
    render('https://divar.ir/');
    expect(doc.querySelectorAll('divar-actions-toolbar')).toHaveLength(0);
  });

  it('keeps its answer through a redraw of the same page, and drops it on another page', () => {
    const doc = dom();
    const url = 'https://divar.ir/s/tehran/buy-apartment';
    const render = (at: string) =>
      renderToolbar(
        doc,
        classifyDivarUrl(at),
        pageActions(classifyDivarUrl(at), { send: vi.fn(), copy: vi.fn(), lang: 'fa' }),
      );
    render(url);
    toolbarRoot(doc)?.querySelector('.status')?.setAttribute('data-text', '✓ در حال دریافت');
    render(url); // the crawl's progress redraws the Fetch all button
    expect(toolbarRoot(doc)?.querySelector('.status')?.getAttribute('data-text')).toBe(
      '✓ در حال دریافت',
    );
    render('https://divar.ir/v/-/gammaxvi');
    expect(toolbarRoot(doc)?.querySelector('.status')?.getAttribute('data-text') ?? '').toBe('');
  });

  it('acts on trusted clicks only: a click a page script makes does nothing', () => {
    const doc = dom();
    const run = vi.fn(async () => '✓');
    renderToolbar(doc, classifyDivarUrl('https://divar.ir/s/tehran'), [
      { id: 'watch', label: 'Watch', run },
    ]);
    const button = toolbarRoot(doc)?.querySelector('button');
    const click = () => new (doc.defaultView as unknown as typeof globalThis).Event('click');
    button?.dispatchEvent(click());
    expect(run).not.toHaveBeenCalled();
    const trusted = click();
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button?.dispatchEvent(trusted);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a progress redraw relabels the same button in place, so a press under way is not lost', () => {
    const doc = dom();
    const page = classifyDivarUrl('https://divar.ir/s/tehran');
    const first = vi.fn(async () => '✓');
    const second = vi.fn(async () => '✓');
    renderToolbar(doc, page, [{ id: 'fetch-all', label: 'Fetch all', run: first }]);
    const button = toolbarRoot(doc)?.querySelector('button');
    renderToolbar(doc, page, [{ id: 'fetch-all', label: 'Fetching: 48 of 165', run: second }]);
    expect(toolbarRoot(doc)?.querySelector('button')).toBe(button);
    expect(drawnText(button)).toBe('Fetching: 48 of 165');
    const trusted = new (doc.defaultView as unknown as typeof globalThis).Event('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button?.dispatchEvent(trusted);
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('replaces a host planted under its tag rather than adding a second toolbar', () => {
    const doc = dom();
    doc.documentElement.append(doc.createElement('divar-actions-toolbar'));
    renderToolbar(doc, classifyDivarUrl('https://divar.ir/s/tehran'), [
      { id: 'watch', label: 'Watch', run: vi.fn() },
    ]);
    expect(doc.querySelectorAll('divar-actions-toolbar')).toHaveLength(1);
    expect(drawnText(toolbarRoot(doc)?.querySelector('button'))).toBe('Watch');
  });
});
