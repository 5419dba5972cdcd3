/**
 * The longest a step waits for the page to go idle: on a page that is never idle (divar's own
 * scripts busy for seconds), the toolbar and badges still come within about this long.
 */
export const IDLE_TIMEOUT_MS = 1000;

/** Asks for `run` once the page is idle (window.requestIdleCallback, or WXT's guarded one). */
export type RequestIdle = (run: () => void, options: { timeout: number }) => unknown;

/**
 * Runs `steps` in order, each in its own idle moment of the page, so the content script's work
 * never holds divar's main thread in one long task while the page is still loading. A step that
 * throws does not stop the ones after it.
 */
export function runInIdleSteps(
  requestIdle: RequestIdle,
  steps: readonly (() => void)[],
  log: (...args: unknown[]) => void = () => undefined,
): void {
  const next = (index: number) => {
    const step = steps[index];
    if (!step) return;
    requestIdle(
      () => {
        try {
          step();
        } catch (error) {
          log('Divar Actions: start', error); // never break divar's page
        }
        next(index + 1);
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };
  next(0);
}
