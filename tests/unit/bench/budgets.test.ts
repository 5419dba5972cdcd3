import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS, judgeBudgets, measureBudgets } from '../../../bench/budgets';

function tree(files: Record<string, number>) {
  const root = mkdtempSync(join(tmpdir(), 'budgets-'));
  for (const [path, size] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), Buffer.alloc(size));
  }
  return root;
}

const budget = (name: string, files: string[], maxBytes: number) => ({
  name,
  files,
  maxBytes,
  reason: 'test',
});

describe('size budgets', () => {
  it('sums matching files and passes within budget', () => {
    const root = tree({
      'out/chunks/popup-a.js': 100,
      'out/chunks/popup-b.js': 50,
      'out/chunks/other.js': 999,
    });
    const verdict = judgeBudgets(
      measureBudgets(root, [budget('popup', ['out/chunks/popup-*'], 150)]),
    );
    expect(verdict).toEqual({ ok: true, lines: ['✓ popup: 0.1 KB of 0.1 KB'] });
  });

  it('fails, naming the budget and its reason, when a file is over or missing', () => {
    const root = tree({ 'out/cs.js': 2048 });
    const verdict = judgeBudgets(
      measureBudgets(root, [
        budget('content', ['out/cs.js'], 1024),
        budget('zip', ['out/*.zip'], 10),
      ]),
    );
    expect(verdict.ok).toBe(false);
    expect(verdict.lines[0]).toContain('2.0 KB is over its 1.0 KB budget (test)');
    expect(verdict.lines[1]).toContain('no file matches');
  });

  it('keeps the content script under the 40 KB the issues ask for', () => {
    expect(BUDGETS.find((b) => b.name === 'content script')?.maxBytes).toBe(40 * 1024);
  });
});
