// The content script's added cost of drawing history badges on a page of 24 and of 240 result
// cards, in Chromium: the badge drawing bundled into a page, with the history's words against the
// same drawing without them (the baseline), median of 7 runs. `npx tsx bench/history-badges.bench.ts`.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';

const RUNS = 7;
const REPEAT = 5;
type Mode = 'plain' | 'history' | 'near';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Drawing times and ratios for 24 and 240 cards. */
export async function benchHistoryBadges(): Promise<string> {
  const bundle = await build({
    entryPoints: [new URL('./history-badges-page.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': new URL('..', import.meta.url).pathname },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.setContent('<html lang="fa" dir="rtl"><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
  const time = (count: number, mode: Mode) =>
    page.evaluate(
      async ([n, m, repeat]) => {
        const draw = (
          globalThis as unknown as {
            benchDraw(n: number, m: string): Promise<number>;
          }
        ).benchDraw;
        let total = 0;
        for (let i = 0; i < repeat; i++) total += await draw(n, m);
        return total / repeat;
      },
      [count, mode, REPEAT] as const,
    );
  const rows: string[] = [];
  for (const count of [24, 240]) {
    const ms: Record<Mode, number[]> = { plain: [], history: [], near: [] };
    await time(count, 'plain'); // warm up
    for (let run = 0; run < RUNS; run++)
      for (const mode of ['plain', 'history', 'near'] as const)
        ms[mode].push(await time(count, mode));
    const ratios = (mode: Mode) => ms[mode].map((v, i) => v / (ms.plain[i] ?? v));
    const cell = (mode: Mode) => {
      const r = ratios(mode);
      return `${median(ms[mode]).toFixed(2)} ms, ${median(r).toFixed(2)}x (${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})`;
    };
    rows.push(
      `| ${count} | ${median(ms.plain).toFixed(2)} ms | ${cell('history')} | ${cell('near')} |`,
    );
  }
  await browser.close();
  return [
    `## History badges on a divar results page (Chromium; median of ${RUNS} runs of ${REPEAT} drawings, ratio to the same page's badges without history, spread)`,
    '',
    '| cards | badges without history (baseline) | with history, every card | with history, near the viewport in one frame (as shipped) |',
    '|---:|---:|---:|---:|',
    ...rows,
    '',
    'Each drawing reads every card, writes every badge, then lets the browser lay out once. A third of the cards carry a history note.',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchHistoryBadges());
