const NEXT_KEYS: Record<string, number> = {
  ArrowLeft: 1,
  ArrowRight: -1,
  ArrowDown: 1,
  ArrowUp: -1,
};

/**
 * A toolbar, as its role says: one Tab stop (roving tabindex), arrows move between its buttons
 * (left is onward in right-to-left), Home and End go to the ends.
 */
export function rove(bar: HTMLElement, dir: 'rtl' | 'ltr'): void {
  bar.addEventListener('keydown', (event) => {
    if (!event.isTrusted) return;
    const buttons = [...bar.querySelectorAll('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const step = NEXT_KEYS[event.key];
    let next: number | undefined;
    if (step !== undefined) next = at + (dir === 'rtl' ? step : -step);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = buttons.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[(next + buttons.length) % buttons.length];
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target?.focus();
  });
}
