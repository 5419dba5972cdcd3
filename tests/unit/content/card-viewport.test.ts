import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { badgeText } from '@/lib/content/badge-host';
import { cardElements, renderBadges } from '@/lib/content/card-badges';
import { createCardViewport, type ViewportWindow } from '@/lib/content/card-viewport';

/** A fake IntersectionObserver the test drives, and animation frames it runs by hand. */
function fakeWindow() {
  const frames: (() => void)[] = [];
  let callback: ((entries: { target: Element; isIntersecting: boolean }[]) => void) | undefined;
  const observed: Element[] = [];
  class Observer {
    constructor(cb: typeof callback) {
      callback = cb;
    }
    observe(el: Element) {
      observed.push(el);
    }
    disconnect() {}
  }
  const win = {
    IntersectionObserver: Observer as unknown as typeof IntersectionObserver,
    requestAnimationFrame: (run: () => void) => frames.push(run),
  } satisfies ViewportWindow;
  const show = (targets: Element[], isIntersecting = true) =>
    callback?.(targets.map((target) => ({ target, isIntersecting })));
  const runFrames = () => {
    for (const run of frames.splice(0)) run();
  };
  return { win, show, runFrames, observed, frames };
}

const cards = Array.from(
  { length: 6 },
  (_, i) =>
    `<article class="unsafe-kt-post-card"><a class="unsafe-kt-post-card__action" href="/v/x/gTok000${i}"><h2>ویلا ${i}</h2></a></article>`,
).join('');

describe('badges near the viewport only, one frame per batch', () => {
  it('draws only cards the observer says are near, batching several changes into one frame', () => {
    const doc = parseHTML(`<html><body>${cards}</body></html>`).document;
    const fake = fakeWindow();
    let frames = 0;
    const history = new Map([...Array(6).keys()].map((i) => [`gTok000${i}`, 'دوباره آگهی شده']));
    const viewport = createCardViewport(fake.win, () => {
      frames++;
      renderBadges(doc, 'fa', undefined, false, history, viewport.isNear);
    });
    const elements = cardElements(doc);
    viewport.observe(elements);
    viewport.observe(elements);
    expect(fake.observed).toHaveLength(6);
    fake.show(elements.slice(0, 2));
    fake.show(elements.slice(2, 3));
    viewport.schedule();
    expect(fake.frames).toHaveLength(1);
    fake.runFrames();
    expect(frames).toBe(1);
    expect(elements.map(badgeText)).toEqual([
      'دوباره آگهی شده',
      'دوباره آگهی شده',
      'دوباره آگهی شده',
      '',
      '',
      '',
    ]);
    // Scrolled on: the first card leaves (its badge stays), the last one comes near.
    fake.show(elements.slice(0, 1), false);
    fake.show(elements.slice(5));
    fake.runFrames();
    expect(elements[5] && badgeText(elements[5])).toBe('دوباره آگهی شده');
    expect(elements[4]?.querySelector('divar-actions-badge')).toBeNull();
  });

  it('without IntersectionObserver every card is near', () => {
    const viewport = createCardViewport({ requestAnimationFrame: () => 0 }, () => undefined);
    const doc = parseHTML(`<html><body>${cards}</body></html>`).document;
    expect(cardElements(doc).every(viewport.isNear)).toBe(true);
  });
});
