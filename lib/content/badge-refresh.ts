import { classifyDivarUrl } from '../divar/page-kind';
import { sendMessage } from '../messaging/client';
import { cardElements, type KnownTokens, readCards, renderBadges } from './card-badges';
import { createCardHistory } from './card-history';
import { createCardViewport } from './card-viewport';
import { cardsComparable } from './compare-group';
import { readProgress } from './job-progress';
import { langOf, type PageScriptDeps } from './page-script';

/** How long badges wait for the background's answers before drawing what the page alone says. */
export const ANSWER_WAIT_MS = 250;

/**
 * Keeps the result cards' badges current: asks the background what it knows of the cards on
 * screen when they change or a crawl of this search finishes (its `onMessage`), and redraws on
 * every call (cards arrive with scrolling).
 */
export function createBadgeRefresh(
  deps: PageScriptDeps,
  uiLang: () => 'fa' | 'en' = () => langOf(deps.doc),
) {
  let known: KnownTokens | undefined;
  let askedFor = '';
  const history = createCardHistory(deps.send);
  let draw = () => undefined as unknown;
  // While the background's two answers for new cards are on their way, badges wait (up to
  // ANSWER_WAIT_MS) so the page is drawn once with everything, not three times.
  let waiting = 0;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  const drawNow = () => (waiting > 0 ? undefined : draw());
  const viewport = deps.win && createCardViewport(deps.win, drawNow);
  const redraw = () => (viewport ? viewport.schedule() : drawNow());
  const answered = () => {
    // An answer after the wait ran out still redraws.
    if (waiting > 0 && --waiting > 0) return;
    clearTimeout(waitTimer);
    redraw();
  };
  const awaitAnswers = () => {
    waiting = 2;
    clearTimeout(waitTimer);
    waitTimer = setTimeout(() => {
      waiting = 0;
      redraw();
    }, ANSWER_WAIT_MS);
  };
  /** A finished crawl fetched some of these cards: ask again on the next call. */
  const onMessage = (message: unknown) => {
    if (readProgress(message)?.phase !== 'done') return;
    askedFor = '';
    refresh();
  };
  const refresh = () => {
    if (classifyDivarUrl(deps.href())?.kind !== 'search') return;
    try {
      const lang = uiLang();
      const elements = cardElements(deps.doc);
      const cards = readCards(deps.doc, elements).slice(0, 300);
      const tokens = cards.map((card) => card.token);
      viewport?.observe(elements);
      draw = () =>
        renderBadges(
          deps.doc,
          lang,
          known,
          cardsComparable(deps.href()),
          history.texts(lang),
          viewport?.isNear,
        );
      if (tokens.join() !== askedFor) {
        askedFor = tokens.join();
        awaitAnswers();
        void history.ask(cards).then(answered, answered);
        void sendMessage<'pageKnownTokens'>(deps.send, { type: 'pageKnownTokens', tokens }).then(
          (answer) => {
            known = {
              fetched: new Set(answer.fetched),
              collected: new Set(answer.collected),
              exported: new Set(answer.exported),
            };
            answered();
          },
          answered,
        );
      }
      redraw();
    } catch (error) {
      deps.log('Divar Actions: badges', error);
    }
  };
  return Object.assign(refresh, { onMessage });
}
