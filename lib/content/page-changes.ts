import { BADGE } from './badge-host';
import { HOST as HISTORY_HOST } from './post-history-card';
import { HOST_TAG as TOOLBAR_HOST } from './toolbar';

/** The window APIs watchPageChanges uses. */
export interface ChangesWindow {
  MutationObserver: typeof MutationObserver;
  requestAnimationFrame(run: () => void): number;
}

// The hosts this content script puts into divar's page (as node names).
const OWN_HOSTS = new Set([TOOLBAR_HOST, BADGE, HISTORY_HOST].map((tag) => tag.toUpperCase()));

const isOwn = (node: Node) => OWN_HOSTS.has(node.nodeName);

// A record is divar's own when it adds or removes anything that is not one of our hosts.
const isPages = (record: MutationRecord) =>
  [...record.addedNodes, ...record.removedNodes].some((node) => !isOwn(node));

/**
 * One MutationObserver on divar's page in place of polling: in-page navigation and infinite
 * scroll both change the page's nodes, so `onChange` runs once in the next animation frame after
 * any batch of divar's own changes (our hosts' insertions are ignored, so drawing a badge does
 * not call for another). Reads no layout. Returns what stops it.
 */
export function watchPageChanges(win: ChangesWindow, root: Node, onChange: () => void) {
  let scheduled = false;
  const observer = new win.MutationObserver((records) => {
    if (scheduled || !records.some(isPages)) return;
    scheduled = true;
    win.requestAnimationFrame(() => {
      scheduled = false;
      onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * What follows a change of divar's page: the report and toolbar again when the URL is new
 * (in-page navigation), the badges always (cards arrive with scrolling).
 */
export function createPageChange(
  href: () => string,
  update: () => void,
  refreshBadges: () => void,
) {
  let last = href();
  return () => {
    const now = href();
    if (now !== last) update();
    last = now;
    refreshBadges();
  };
}
