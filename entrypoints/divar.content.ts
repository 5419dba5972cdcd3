import { reportPage } from '@/lib/content/report-page';
import { searchStateFromScripts } from '@/lib/divar/page-state';

export default defineContentScript({
  matches: ['https://divar.ir/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The inline state describes the first load only; after in-page navigation it is stale.
    const firstHref = location.href;
    const inlineScripts = () =>
      Array.from(document.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '');
    const report = () =>
      void reportPage(location.href, {
        send: (message) => browser.runtime.sendMessage(message),
        readPageState: (href) =>
          href === firstHref ? searchStateFromScripts(inlineScripts()) : undefined,
        log: console.debug,
      });
    report();
    // divar.ir navigates in-page (filters, map moves, opening posts): report every new URL.
    ctx.addEventListener(window, 'wxt:locationchange', report);
  },
});
