import { classifyDivarUrl } from '../divar/page-kind';
import { createPageStateAnswer, searchStateFromScripts } from '../divar/page-state';
import { type SendRaw, sendMessage } from '../messaging/client';
import { cardElements, type KnownTokens, readCards, renderBadges } from './card-badges';
import { createCardHistory } from './card-history';
import { createCardViewport, type ViewportWindow } from './card-viewport';
import { cardsComparable } from './compare-group';
import { readProgress, type ToolbarProgress } from './job-progress';
import { pageActions } from './page-actions';
import { createPostHistory } from './post-history';
import { reportPage } from './report-page';
import { renderToolbar } from './toolbar';

/** What the content script's loops need from the page and the extension (fakes in tests). */
export interface PageScriptDeps {
  doc: Document;
  href(): string;
  send: SendRaw;
  copy(text: string): Promise<void>;
  log(...args: unknown[]): void;
  /** The page's window: badges are then drawn per animation frame, near the viewport only. */
  win?: ViewportWindow;
}

/** How long badges wait for the background's answers before drawing what the page alone says. */
export const ANSWER_WAIT_MS = 250;

const langOf = (doc: Document) => (doc.documentElement.lang.startsWith('en') ? 'en' : 'fa');

/**
 * Reports the page and redraws the toolbar for the URL the tab shows now; divar.ir navigates
 * in-page, so the caller runs it on every URL change. `onLang` hears when the user's UI language
 * turns out to differ from the last one (badges redraw in it). Never throws into divar's page.
 */
export function createPageUpdate(deps: PageScriptDeps, onLang: () => void = () => undefined) {
  // The inline state describes the first load only; after in-page navigation it is stale. It is
  // read when the background asks (the popup or a crawl describes this search), not at each load.
  const answerState = createPageStateAnswer(deps.href(), () =>
    searchStateFromScripts(
      Array.from(deps.doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? ''),
    ),
  );
  let progress: ToolbarProgress | undefined;
  let tick: ReturnType<typeof setTimeout> | undefined;
  // The user's UI language as the background last said; the page's own until it has.
  let uiLang: 'fa' | 'en' | undefined;
  const lang = () => uiLang ?? langOf(deps.doc);
  const postHistory = createPostHistory(deps);
  const redraw = () => {
    try {
      const href = deps.href();
      const page = classifyDivarUrl(href);
      postHistory(page, lang());
      const actions = pageActions(page, {
        send: deps.send,
        copy: deps.copy,
        lang: lang(),
        ...(progress?.url.split('#')[0] === href.split('#')[0] ? { progress } : {}),
      });
      renderToolbar(deps.doc, page, actions, lang());
    } catch (error) {
      deps.log('Divar Actions: toolbar', error); // never break divar's page
    }
  };
  const update = () => {
    void reportPage(deps.href(), {
      send: deps.send,
      log: deps.log,
      onLang: (next) => {
        const drawnIn = lang();
        uiLang = next;
        // The toolbar and badges were drawn in the page's language: redraw only if it differs.
        if (next === drawnIn) return;
        redraw();
        onLang();
      },
    });
    redraw();
  };
  /** Takes the background's word on this search's crawl; the Fetch all button shows it live. */
  const onMessage = (message: unknown) => {
    const next = readProgress(message);
    if (!next) return;
    progress = next.phase === 'done' || next.phase === 'cancelled' ? undefined : next;
    clearTimeout(tick);
    redraw();
    // A wait counts down on the button, once a second, until the next word from the background.
    const countdown = () => {
      if (progress?.phase !== 'waiting') return;
      redraw();
      tick = setTimeout(countdown, 1000);
    };
    tick = setTimeout(countdown, 1000);
  };
  return Object.assign(update, { onMessage, lang, answerState });
}

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
      const cards = readCards(deps.doc).slice(0, 300);
      const tokens = cards.map((card) => card.token);
      viewport?.observe(cardElements(deps.doc));
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
