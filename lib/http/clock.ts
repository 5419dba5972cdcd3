/** Time, injected: tests pass a fake clock so nothing really waits. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A manual clock for tests: `sleep` resolves only when the test moves time past its deadline. */
export function createFakeClock(start = 0) {
  let now = start;
  const waiters: { at: number; resolve: () => void }[] = [];
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const wakeNext = () => {
    waiters.sort((a, b) => a.at - b.at);
    const next = waiters.shift();
    if (!next) return false;
    now = Math.max(now, next.at);
    next.resolve();
    return true;
  };
  return {
    now: () => now,
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const onAbort = () => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(signal?.reason);
        };
        const waiter = {
          at: now + Math.max(0, ms),
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        waiters.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
    /** Moves time forward by `ms`, waking every sleeper on the way in order. */
    async advance(ms: number) {
      const end = now + ms;
      while (waiters.some((w) => w.at <= end)) {
        wakeNext();
        await tick();
      }
      now = end;
    },
    /** Lets `work` run, jumping time to each next sleeper whenever it is waiting. */
    async run<T>(work: Promise<T>): Promise<T> {
      let settled = false;
      const done = work.finally(() => {
        settled = true;
      });
      done.catch(() => undefined);
      while (!settled) {
        await tick();
        if (!settled && !wakeNext()) await tick();
      }
      return done;
    },
    pending: () => waiters.length,
  } satisfies Clock & Record<string, unknown>;
}
