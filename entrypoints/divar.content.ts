import { watchPageChanges } from '@/lib/content/page-changes';
import { createBadgeRefresh, createPageUpdate } from '@/lib/content/page-script';

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
    const update = createPageUpdate(deps, () => refreshBadges());
    const refreshBadges = createBadgeRefresh(deps, update.lang);
    update();
    // Only the background sends to a tab (a page script cannot): a running crawl's progress.
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return;
      update.onMessage(message);
      refreshBadges.onMessage(message);
    });
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
