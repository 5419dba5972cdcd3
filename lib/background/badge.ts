import { badgeText } from '../watch/format';

/** The toolbar button's badge as the badge uses it (`browser.action`, or a fake in tests). */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle?(details: { title: string }): Promise<void> | void;
}

/** The badge of running work (blue) and of unseen watch hits (the header's red). */
export const BADGE_COLORS = { running: '#1f5fa8', unseen: '#a62626' } as const;

/**
 * One toolbar badge for two sources: while work runs (a crawl, details) it shows "↓" in blue;
 * otherwise the number of unseen watch hits in red, or nothing.
 */
export function createBadge(action: BadgeAction) {
  let unseen = 0;
  let running = false;
  const render = async () => {
    const text = running ? '↓' : badgeText(unseen);
    await action.setBadgeText({ text });
    if (text)
      await action.setBadgeBackgroundColor({
        color: running ? BADGE_COLORS.running : BADGE_COLORS.unseen,
      });
  };
  return {
    /** Sets the unseen watch hits. */
    setUnseen: async (count: number) => {
      unseen = count;
      await render();
    },
    /** Says whether long work is running (redraws only when that changes). */
    setRunning: async (isRunning: boolean) => {
      if (isRunning === running) return;
      running = isRunning;
      await render();
    },
  };
}

/** The badge createBadge builds. */
export type Badge = ReturnType<typeof createBadge>;
