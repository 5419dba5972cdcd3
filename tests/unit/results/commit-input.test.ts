import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { CommitInput } from '@/components/CommitInput';

function setup() {
  const { document, window } = parseHTML(
    '<!doctype html><html><body><div id="root"></div></body></html>',
  );
  const root = document.getElementById('root') as unknown as HTMLElement;
  const commits: string[] = [];
  const draw = (value: string, tick: number) =>
    act(() => {
      render(
        h(
          'div',
          { 'data-tick': tick },
          h(CommitInput, { value, onCommit: (t) => commits.push(t) }),
        ),
        root,
      );
    });
  const input = () => root.querySelector('input') as HTMLInputElement;
  const fire = (type: string) => act(() => void input().dispatchEvent(new window.Event(type)));
  return { draw, input, fire, commits };
}

describe('CommitInput', () => {
  it('keeps a half-typed value through re-renders of the page, and commits it when the edit ends', () => {
    const { draw, input, fire, commits } = setup();
    draw('', 0);
    input().value = '۱۰۰۰';
    fire('input');
    draw('', 1); // rows stream in, a preview arrives: the page renders again
    draw('', 2);
    expect(input().value).toBe('۱۰۰۰');
    expect(commits).toEqual([]);
    fire('change');
    expect(commits).toEqual(['۱۰۰۰']);
  });

  it('shows the committed value once the edit is over, and follows it when it changes', () => {
    const { draw, input, fire } = setup();
    draw('', 0);
    input().value = '12';
    fire('input');
    fire('change');
    draw('۱۲', 1);
    expect(input().value).toBe('۱۲');
    draw('۵۰', 2);
    expect(input().value).toBe('۵۰');
  });
});
