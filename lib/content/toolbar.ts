import type { DivarPage } from '../divar/page-kind';
import { PAGE_WORDS } from '../i18n/page';
import { DRAWN_TEXT_CSS, drawnText, setDrawnText } from './drawn-text';
import { rove } from './toolbar-keys';

/** One button of the page toolbar. */
export interface ToolbarAction {
  id: string;
  label: string;
  /** Runs on click; resolves to the short message shown after it (✓ or the error). */
  run(): Promise<string>;
}

/** Tag of the toolbar's host element. */
export const HOST_TAG = 'divar-actions-toolbar';

// Divar's own look: its red, rounded pills, Vazirmatn if the page has it. Inside a shadow root,
// so neither divar's CSS nor ours can leak across.
const STYLE = `
:host { all: initial; position: fixed; inset-block-end: 16px; inset-inline-start: 16px; z-index: 2147483000; }
.bar { display: flex; gap: 6px; align-items: center; font: 13px Vazirmatn, Tahoma, sans-serif;
  background: #fff; border: 1px solid #e6e6e6; border-radius: 999px; padding: 6px 8px; box-shadow: 0 2px 10px rgba(0,0,0,.15); }
button { font: inherit; border: 1px solid #a62626; background: #a62626; color: #fff; border-radius: 999px; padding: 4px 12px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1f1f1f; outline-offset: 2px; }
.status { color: #444; padding: 0 4px; max-width: 240px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
${DRAWN_TEXT_CSS}
`;

// The toolbar of each document and its shadow root. The root is closed, so a page script finds
// the host element but never its buttons or status text; only this content script holds the root.
type Mounted = { host: Element; root: ShadowRoot; url?: string };
const mounted = new WeakMap<Document, Mounted>();

/** The toolbar's closed shadow root in `doc`, for this content script and its tests only. */
export function toolbarRoot(doc: Document): ShadowRoot | undefined {
  return mounted.get(doc)?.root;
}

function mount(doc: Document): Mounted {
  // One toolbar: drop any left by an earlier copy of this script (or planted under our tag).
  for (const stale of doc.querySelectorAll(HOST_TAG)) stale.remove();
  const host = doc.createElement(HOST_TAG);
  const entry: Mounted = { host, root: host.attachShadow({ mode: 'closed' }) };
  mounted.set(doc, entry);
  return entry;
}

// The action each button stands for now: a redraw may give a button new words (a crawl's count)
// without replacing it, so a press under way is never lost.
const actionOf = new WeakMap<Element, ToolbarAction>();

function buttonFor(doc: Document, action: ToolbarAction, root: ShadowRoot): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  // Drawn, not text: Fetch all's label counts a running crawl, which is the user's business only.
  setDrawnText(button, action.label);
  button.dataset.action = action.id;
  actionOf.set(button, action);
  button.addEventListener('click', (event) => {
    // Only the user presses: a click a page script makes (dispatchEvent, .click()) is not trusted.
    if (!event.isTrusted) return;
    // The answer says what the user did: drawn, so a page's window.find() cannot learn it.
    // The status line of the toolbar as it is when the answer comes (a redraw may have replaced it).
    const say = (text: string) => {
      const status = root.querySelector('.status');
      if (status) setDrawnText(status, text);
    };
    say('…');
    (actionOf.get(button) ?? action)
      .run()
      .then(say, (error: unknown) =>
        say(`! ${error instanceof Error ? error.message : String(error)}`),
      );
  });
  return button;
}

/** Gives the buttons new words and actions in place when they are the same buttons; false if not. */
function relabel(root: ShadowRoot, actions: ToolbarAction[], lang: 'fa' | 'en'): boolean {
  const buttons = [...root.querySelectorAll('button')];
  const same =
    root.querySelector('.bar')?.getAttribute('lang') === lang &&
    buttons.length === actions.length &&
    buttons.every((button, i) => button.dataset.action === actions[i]?.id);
  if (!same) return false;
  buttons.forEach((button, i) => {
    const action = actions[i];
    if (!action) return;
    actionOf.set(button, action);
    setDrawnText(button, action.label);
  });
  return true;
}

/**
 * Shows (or updates, or removes) the one Divar Actions toolbar on a divar.ir page, in a closed
 * shadow root: never a second copy after in-page navigation, never an error thrown into the page.
 */
export function renderToolbar(
  doc: Document,
  page: DivarPage | undefined,
  actions: ToolbarAction[],
  lang: 'fa' | 'en' = 'fa',
): void {
  if (!page || page.kind === 'other' || actions.length === 0) {
    mounted.get(doc)?.host.remove();
    return;
  }
  const entry = mounted.get(doc) ?? mount(doc);
  const { host, root } = entry;
  if (!host.isConnected) doc.documentElement.append(host);
  // Another page (in-page navigation) starts with a blank answer line.
  const samePage = entry.url === page.url;
  entry.url = page.url;
  if (samePage && relabel(root, actions, lang)) return;
  const dir = lang === 'fa' ? 'rtl' : 'ltr';
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', PAGE_WORDS[lang].toolbar);
  bar.setAttribute('lang', lang);
  bar.setAttribute('dir', dir);
  rove(bar, dir);
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  // A redraw of the same page (a crawl's progress, a new language) keeps what the last press said.
  const said = samePage ? drawnText(root.querySelector('.status')) : '';
  if (said) setDrawnText(status, said);
  const buttons = actions.map((action) => buttonFor(doc, action, root));
  // One Tab stop: the button that was the stop stays it (a new page's set starts at the first).
  const current = root.querySelector<HTMLElement>('button[tabindex="0"]')?.dataset.action;
  const stop = buttons.find((b) => b.dataset.action === current) ?? buttons[0];
  for (const b of buttons) b.tabIndex = b === stop ? 0 : -1;
  bar.append(...buttons, status);
  root.replaceChildren(style, bar);
}
