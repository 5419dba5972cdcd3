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
    const update = createPageUpdate(deps);
    const refreshBadges = createBadgeRefresh(deps, update.lang);
    update();
    // Only the background sends to a tab (a page script cannot): a running crawl's progress.
    browser.runtime.onMessage.addListener((message, sender) => {
      if (sender.id !== browser.runtime.id) return;
      update.onMessage(message);
      refreshBadges.onMessage(message);
    });
    // divar.ir navigates in-page (filters, map moves, opening posts): follow every new URL. Not
    // WXT's wxt:locationchange, which dispatches an event named with our id into the page (and,
    // in Chromium 156, misses the page's own pushState): popstate plus a poll instead.
    let lastHref = location.href;
    const onMaybeMoved = () => {
      if (location.href === lastHref) return;
      lastHref = location.href;
      update();
    };
    ctx.addEventListener(window, 'popstate', onMaybeMoved);
    ctx.setInterval(onMaybeMoved, 500);
    // Result cards arrive with in-page navigation and infinite scroll: keep their badges current.
    ctx.setInterval(refreshBadges, 1500);
  },
});
