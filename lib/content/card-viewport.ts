/** The window APIs the card viewport uses (absent in tests without a layout engine). */
export interface ViewportWindow {
  IntersectionObserver?: typeof IntersectionObserver;
  requestAnimationFrame(run: () => void): number;
}

/** How far outside the viewport a card still counts as near (its badge is drawn before it shows). */
export const NEAR_MARGIN = '800px 0px';

/**
 * One IntersectionObserver for every result card: knows which cards are in or near the viewport
 * (no layout is read: the browser tells), and batches the badge work of each change into one
 * animation frame. Without IntersectionObserver every card counts as near.
 */
export function createCardViewport(win: ViewportWindow, onFrame: () => void) {
  const near = new WeakSet<Element>();
  const observed = new WeakSet<Element>();
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(() => {
      scheduled = false;
      onFrame();
    });
  };
  const Observer = win.IntersectionObserver;
  const observer = Observer
    ? new Observer(
        (entries) => {
          for (const entry of entries)
            entry.isIntersecting ? near.add(entry.target) : near.delete(entry.target);
          schedule();
        },
        { rootMargin: NEAR_MARGIN },
      )
    : undefined;
  return {
    /** Starts watching cards not watched yet (cards arrive with scrolling). */
    observe(cards: Iterable<Element>) {
      if (!observer) return;
      for (const card of cards) {
        if (observed.has(card)) continue;
        observed.add(card);
        observer.observe(card);
      }
    },
    /** Whether a card is in or near the viewport. */
    isNear: (card: Element) => !observer || near.has(card),
    /** Asks for one redraw in the next animation frame (several asks, one frame). */
    schedule,
    disconnect: () => observer?.disconnect(),
  };
}
