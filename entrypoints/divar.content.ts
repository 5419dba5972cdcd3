import { createPageScript } from '@/lib/content/background-listener';
import { runInIdleSteps } from '@/lib/content/idle-steps';
import { watchPageChanges } from '@/lib/content/page-changes';

export default defineContentScript({
  matches: ['https://divar.ir/*'],
  runAt: 'document_idle',
  // WXT would otherwise postMessage "content script started", with our extension id, to the page.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const deps = {
      doc: document,
      href: () => location.href,
      send: (message: unknown) => browser.runtime.sendMessage(message),
      copy: (text: string) => navigator.clipboard.writeText(text),
      log: console.debug,
      win: window,
    };
    const { update, onPageChange, listener } = createPageScript(deps, browser.runtime.id);
    // Only the background sends to a tab (a page script cannot): crawl progress, state questions.
    browser.runtime.onMessage.addListener(listener);
    // In-page navigation and infinite scroll change divar's nodes: one observer, once a frame
    // (not WXT's wxt:locationchange, which sends an event named with our id into the page).
    const watch = () => {
      ctx.addEventListener(window, 'popstate', onPageChange);
      ctx.onInvalidated(watchPageChanges(window, document.body, onPageChange));
      onPageChange();
    };
    // The page loads first: the report and toolbar, then the badges, each when the page idles.
    const idle = (run: () => void, options: IdleRequestOptions) =>
      ctx.requestIdleCallback(run, options);
    runInIdleSteps(idle, [update, watch], deps.log);
  },
});
