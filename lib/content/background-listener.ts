import { createBadgeRefresh } from './badge-refresh';
import { createPageChange } from './page-changes';
import { createPageUpdate, type PageScriptDeps } from './page-script';

/**
 * The content script's listener for its extension's messages (others are ignored): the
 * background's question for the page's own filters is answered at once, while the message is
 * open; crawl progress goes to the toolbar and the badges.
 */
export function backgroundListener(
  extensionId: string,
  update: Pick<ReturnType<typeof createPageUpdate>, 'answerState' | 'onMessage'>,
  badges: Pick<ReturnType<typeof createBadgeRefresh>, 'onMessage'>,
) {
  return (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== extensionId) return undefined;
    const state = update.answerState(message);
    if (state) return void sendResponse(state);
    update.onMessage(message);
    badges.onMessage(message);
    return undefined;
  };
}

/**
 * The page's two loops (report and toolbar; badges), what follows a change of divar's page, and
 * the listener for the background, wired to each other: a change of UI language redraws the badges.
 */
export function createPageScript(deps: PageScriptDeps, extensionId: string) {
  const update = createPageUpdate(deps, () => refreshBadges());
  const refreshBadges = createBadgeRefresh(deps, update.lang);
  return {
    update,
    onPageChange: createPageChange(deps.href, update, refreshBadges),
    listener: backgroundListener(extensionId, update, refreshBadges),
  };
}
