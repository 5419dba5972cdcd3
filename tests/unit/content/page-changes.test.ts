import { describe, expect, it } from 'vitest';
import { createPageChange, watchPageChanges } from '@/lib/content/page-changes';

type Callback = (records: MutationRecord[]) => void;

function fakeWindow() {
  const frames: (() => void)[] = [];
  const observers: { callback: Callback; observing: boolean }[] = [];
  class FakeObserver {
    entry: { callback: Callback; observing: boolean };
    constructor(callback: Callback) {
      this.entry = { callback, observing: false };
      observers.push(this.entry);
    }
    observe() {
      this.entry.observing = true;
    }
    disconnect() {
      this.entry.observing = false;
    }
  }
  const win = {
    MutationObserver: FakeObserver as unknown as typeof MutationObserver,
    requestAnimationFrame: (run: () => void) => frames.push(run),
  };
  const mutate = (...names: string[]) => {
    const nodes = names.map((nodeName) => ({ nodeName }) as Node);
    for (const o of observers)
      if (o.observing)
        o.callback([{ addedNodes: nodes, removedNodes: [] } as unknown as MutationRecord]);
  };
  const flush = () => {
    for (const run of frames.splice(0)) run();
  };
  return { win, mutate, flush, frames };
}

describe('watchPageChanges', () => {
  it("runs once in the next frame after any batch of divar's own changes", () => {
    const { win, mutate, flush, frames } = fakeWindow();
    let calls = 0;
    watchPageChanges(win, {} as Node, () => calls++);
    mutate('ARTICLE');
    mutate('DIV', 'ARTICLE');
    expect(calls).toBe(0);
    expect(frames).toHaveLength(1);
    flush();
    expect(calls).toBe(1);
    mutate('MAIN');
    flush();
    expect(calls).toBe(2);
  });

  it('ignores the insertion of its own hosts (drawing a badge does not call for another), and stops when told', () => {
    const { win, mutate, flush } = fakeWindow();
    let calls = 0;
    const stop = watchPageChanges(win, {} as Node, () => calls++);
    mutate('DIVAR-ACTIONS-BADGE', 'DIVAR-ACTIONS-TOOLBAR', 'DIVAR-ACTIONS-HISTORY');
    flush();
    expect(calls).toBe(0);
    mutate('DIVAR-ACTIONS-BADGE', 'ARTICLE');
    flush();
    expect(calls).toBe(1);
    stop();
    mutate('ARTICLE');
    flush();
    expect(calls).toBe(1);
  });
});

describe('createPageChange', () => {
  it('reports and redraws the toolbar only when the URL is new, and redraws the badges always', () => {
    let href = 'https://divar.ir/s/tehran';
    const calls: string[] = [];
    const change = createPageChange(
      () => href,
      () => calls.push(`update ${href}`),
      () => calls.push('badges'),
    );
    change();
    href = 'https://divar.ir/s/tehran?page=2';
    change();
    change();
    expect(calls).toEqual([
      'badges',
      'update https://divar.ir/s/tehran?page=2',
      'badges',
      'badges',
    ]);
  });
});
