import { classifyDivarUrl } from '../divar/page-kind';
import { createPageStateAnswer, searchStateFromScripts } from '../divar/page-state';
import type { SendRaw } from '../messaging/client';
import type { ViewportWindow } from './card-viewport';
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

/** The page's own language (divar.ir is Persian unless it says English). */
export const langOf = (doc: Document) => (doc.documentElement.lang.startsWith('en') ? 'en' : 'fa');

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
