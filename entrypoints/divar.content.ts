import { createPageScript } from '@/lib/content/background-listener';
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
    const { update, refreshBadges, listener } = createPageScript(deps, browser.runtime.id);
    update();
    // Only the background sends to a tab (a page script cannot): crawl progress, state questions.
    browser.runtime.onMessage.addListener(listener);
    // In-page navigation and infinite scroll change divar's nodes: one observer, once a frame
    // (not WXT's wxt:locationchange, which sends an event named with our id into the page).
    let lastHref = location.href;
    const onChange = () => {
      if (location.href !== lastHref) update();
      lastHref = location.href;
      refreshBadges();
    };
    ctx.addEventListener(window, 'popstate', onChange);
    ctx.onInvalidated(watchPageChanges(window, document.body, onChange));
    refreshBadges();
  },
});
