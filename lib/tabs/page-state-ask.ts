import { z } from 'zod';
import type { PageStateAnswer, ReadPageStateRequest } from '../divar/page-state';
import { lazySchema } from '../schema/lazy';
import { pageSearchStateSchema, stateMissingSchema } from './tab-pages';

/** Sends one message to a tab's content script and resolves with its answer. */
export type SendToTab = (tabId: number, message: ReadPageStateRequest) => Promise<unknown>;

/** Asks a tab for its page's own filters: undefined when nothing (valid) answers in time. */
export type TabStateAsk = (tabId: number, url: string) => Promise<PageStateAnswer | undefined>;

const answerSchema = lazySchema(() =>
  z.union([
    z.object({ pageState: pageSearchStateSchema }),
    z.object({ stateMissing: stateMissingSchema }),
  ]),
);

/** How long the popup waits for a tab's answer before describing the search without it. */
export const ASK_TIMEOUT_MS = 1500;

/**
 * Builds the ask over `send` (browser.tabs.sendMessage). The answer comes from a page's content
 * script, so it is checked like any page-originated value; a tab without our content script
 * (opened before the extension, not divar) or a malformed or late answer gives undefined.
 */
export function createTabStateAsk(
  send: SendToTab,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): TabStateAsk {
  return async (tabId, url) => {
    const answer = await Promise.race([
      send(tabId, { type: 'readPageState', url }).catch(() => undefined),
      wait(ASK_TIMEOUT_MS).then(() => undefined),
    ]);
    const parsed = answerSchema.safeParse(answer);
    return parsed.success ? (parsed.data as PageStateAnswer) : undefined;
  };
}
