import { cardTokens, type KnownTokens, renderBadges } from '@/lib/content/card-badges';
import { pageActions } from '@/lib/content/page-actions';
import { reportPage } from '@/lib/content/report-page';
import { renderToolbar } from '@/lib/content/toolbar';
import { classifyDivarUrl } from '@/lib/divar/page-kind';
import { searchStateFromScripts } from '@/lib/divar/page-state';
import { sendMessage } from '@/lib/messaging/client';

export default defineContentScript({
  matches: ['https://divar.ir/*'],
  runAt: 'document_idle',
  main(ctx) {
    // The inline state describes the first load only; after in-page navigation it is stale.
    const firstHref = location.href;
    const inlineScripts = () =>
      Array.from(document.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '');
    const send = (message: unknown) => browser.runtime.sendMessage(message);
    const update = () => {
      void reportPage(location.href, {
        send,
        readPageState: (href) =>
          href === firstHref ? searchStateFromScripts(inlineScripts()) : undefined,
        log: console.debug,
      });
      try {
        const page = classifyDivarUrl(location.href);
        const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'fa';
        const copy = (text: string) => navigator.clipboard.writeText(text);
        renderToolbar(document, page, pageActions(page, { send, copy, lang }));
      } catch (error) {
        console.debug('Divar Actions: toolbar', error); // never break divar's page
      }
    };
    update();
    // divar.ir navigates in-page (filters, map moves, opening posts): follow every new URL.
    // WXT's wxt:locationchange listens to the Navigation API, which in Chromium 156 does not
    // see the page's own pushState from this isolated world (2026-11, replica e2e); so also poll.
    let lastHref = location.href;
    const onMaybeMoved = () => {
      if (location.href === lastHref) return;
      lastHref = location.href;
      update();
    };
    ctx.addEventListener(window, 'wxt:locationchange', onMaybeMoved);
    ctx.addEventListener(window, 'popstate', onMaybeMoved);
    ctx.setInterval(onMaybeMoved, 500);
    // Result cards arrive with in-page navigation and infinite scroll: keep their badges current,
    // asking the background what it knows of them only when the cards on screen change.
    let known: KnownTokens | undefined;
    let askedFor = '';
    ctx.setInterval(() => {
      if (classifyDivarUrl(location.href)?.kind !== 'search') return;
      try {
        const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'fa';
        const tokens = cardTokens(document).slice(0, 300);
        if (tokens.join() !== askedFor) {
          askedFor = tokens.join();
          void sendMessage<'pageKnownTokens'>(send, { type: 'pageKnownTokens', tokens }).then(
            (answer) => {
              known = {
                fetched: new Set(answer.fetched),
                collected: new Set(answer.collected),
                exported: new Set(answer.exported),
              };
              renderBadges(document, lang, known);
            },
            () => undefined,
          );
        }
        renderBadges(document, lang, known);
      } catch (error) {
        console.debug('Divar Actions: badges', error);
      }
    }, 1500);
  },
});
