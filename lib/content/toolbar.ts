import type { DivarPage } from '../divar/page-kind';

/** One button of the page toolbar. */
export interface ToolbarAction {
  id: string;
  label: string;
  /** Runs on click; resolves to the short message shown after it (✓ or the error). */
  run(): Promise<string>;
}

const HOST_TAG = 'divar-actions-toolbar';

// Divar's own look: its red, rounded pills, Vazirmatn if the page has it. Inside a shadow root,
// so neither divar's CSS nor ours can leak across.
const STYLE = `
:host { all: initial; position: fixed; inset-block-end: 16px; inset-inline-start: 16px; z-index: 2147483000; }
.bar { display: flex; gap: 6px; align-items: center; direction: rtl; font: 13px Vazirmatn, Tahoma, sans-serif;
  background: #fff; border: 1px solid #e6e6e6; border-radius: 999px; padding: 6px 8px; box-shadow: 0 2px 10px rgba(0,0,0,.15); }
button { font: inherit; border: 1px solid #a62626; background: #a62626; color: #fff; border-radius: 999px; padding: 4px 12px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1f1f1f; outline-offset: 2px; }
.status { color: #444; padding: 0 4px; max-width: 240px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
`;

/**
 * Shows (or updates, or removes) the one Divar Actions toolbar on a divar.ir page: never a second
 * copy after in-page navigation, never an error thrown into the page.
 */
export function renderToolbar(
  doc: Document,
  page: DivarPage | undefined,
  actions: ToolbarAction[],
): void {
  let host = doc.querySelector(HOST_TAG);
  if (!page || page.kind === 'other' || actions.length === 0) {
    host?.remove();
    return;
  }
  if (!host) {
    host = doc.createElement(HOST_TAG);
    host.attachShadow({ mode: 'open' });
    doc.documentElement.append(host);
  }
  const root = host.shadowRoot;
  if (!root) return;
  root.replaceChildren();
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Divar Actions');
  const status = doc.createElement('span');
  status.className = 'status';
  status.setAttribute('role', 'status');
  for (const action of actions) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.dataset.action = action.id;
    button.addEventListener('click', () => {
      status.textContent = '…';
      action.run().then(
        (message) => {
          status.textContent = message;
        },
        (error: unknown) => {
          status.textContent = `! ${error instanceof Error ? error.message : String(error)}`;
        },
      );
    });
    bar.append(button);
  }
  bar.append(status);
  root.append(style, bar);
}
