import { parseHTML } from 'linkedom';
import { type ComponentChild, type ComponentType, h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LangContext } from '@/components/i18n';
import { lazy } from '@/components/Lazy';

function mount(node: ComponentChild) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  render(h(LangContext.Provider, { value: 'en' }, node), root);
  return root;
}

// Preact runs effects after the next frame, or after 100 ms where there are no frames (Node).
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

function Hello({ name }: { name: string }) {
  return h('p', { 'data-testid': 'hello' }, `hello ${name}`);
}

describe('lazy', () => {
  it('shows a skeleton until the chunk loads, then the component with its props', async () => {
    let arrive: (c: ComponentType<{ name: string }>) => void = () => {};
    const Lazy = lazy(() => new Promise<ComponentType<{ name: string }>>((r) => (arrive = r)));
    const root = mount(h(Lazy, { name: 'divar' }));
    expect(root.querySelector('[data-testid="skeleton"]')).not.toBeNull();
    await settle();
    arrive(Hello);
    await settle();
    expect(root.querySelector('[data-testid="hello"]')?.textContent).toBe('hello divar');
    expect(root.querySelector('[data-testid="skeleton"]')).toBeNull();
  });

  it('still shows the component when a preload lands between the first render and its effect', async () => {
    let arrive: (c: ComponentType<{ name: string }>) => void = () => {};
    const Lazy = lazy(() => new Promise<ComponentType<{ name: string }>>((r) => (arrive = r)));
    const preloaded = Lazy.preload();
    const root = mount(h(Lazy, { name: 'early' }));
    arrive(Hello);
    await preloaded; // loaded before the effect runs
    await settle();
    expect(root.querySelector('[data-testid="hello"]')?.textContent).toBe('hello early');
  });

  it('says what went wrong when the chunk cannot load', async () => {
    const Lazy = lazy<{ name: string }>(() => Promise.reject(new Error('chunk missing')));
    const root = mount(h(Lazy, { name: 'x' }));
    await settle();
    expect(root.querySelector('[data-testid="skeleton"]')).toBeNull();
    expect(root.textContent).not.toBe('');
  });
});
