// Bundled into a page by bench/history-badges.bench.ts: the content script's badge drawing,
// with and without the listing history's words, on a page of result cards.
import { cardElements, renderBadges } from '../lib/content/card-badges';
import { createCardViewport } from '../lib/content/card-viewport';
import { noteText } from '../lib/content/history-text';
import type { CardNote } from '../lib/history/summary';

const DAY = 86_400_000;

function page(count: number): void {
  const cards = Array.from({ length: count }, (_, i) => {
    const token = `gB${String(i).padStart(6, '0')}`;
    return `<div style="height:260px"><article class="unsafe-kt-post-card"><a class="unsafe-kt-post-card__action" href="/v/x/${token}"><h2 class="unsafe-kt-post-card__title">آپارتمان ${80 + (i % 60)} متر</h2><div class="unsafe-kt-post-card__description">${(5 + (i % 40)).toLocaleString('fa-IR')},۰۰۰,۰۰۰,۰۰۰ تومان</div></a></article></div>`;
  });
  document.body.innerHTML = cards.join('');
}

// A third of the cards have something to say (a drop, a re-post or a long stay).
function notes(count: number): Map<string, CardNote> {
  const out = new Map<string, CardNote>();
  for (let i = 0; i < count; i += 3)
    out.set(`gB${String(i).padStart(6, '0')}`, {
      change: { percent: -8, since: Date.UTC(2026, 10, 3) },
      ...(i % 2 ? { reposted: true } : { days: 45 + (i % 30) }),
    });
  const now = Date.now();
  if (now < DAY) throw new Error('clock');
  return out;
}

/** One drawing of every badge (ms), forced to layout so the browser's work is counted too. */
function draw(count: number, mode: 'plain' | 'history' | 'near'): Promise<number> {
  page(count);
  const noted = notes(count);
  return new Promise((resolve) => {
    const start = performance.now();
    const finish = () => {
      void document.body.offsetHeight; // layout once, after every write
      resolve(performance.now() - start);
    };
    if (mode === 'plain') {
      renderBadges(document, 'fa', undefined, true);
      return finish();
    }
    const texts = () => new Map([...noted].map(([t, n]) => [t, noteText(n, 'fa')]));
    if (mode === 'history') {
      renderBadges(document, 'fa', undefined, true, texts());
      return finish();
    }
    // As the content script draws: near the viewport only, in one animation frame. Counted is
    // the main thread's work (observing, then the frame's drawing and layout), not the wait.
    const observing = performance.now();
    const viewport = createCardViewport(window, () => {
      const drawing = performance.now();
      renderBadges(document, 'fa', undefined, true, texts(), viewport.isNear);
      viewport.disconnect();
      void document.body.offsetHeight;
      resolve(observed + performance.now() - drawing);
    });
    viewport.observe(cardElements(document));
    const observed = performance.now() - observing;
  });
}

(globalThis as unknown as { benchDraw: typeof draw }).benchDraw = draw;
