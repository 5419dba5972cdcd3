import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, re-rendering every `everyMs` while `live` (for countdowns); read at each
 * render, so a countdown that has just started is right at once.
 */
export function useNow(live: boolean, everyMs = 1000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(() => setTick((n) => n + 1), everyMs);
    return () => clearInterval(timer);
  }, [live, everyMs]);
  return Date.now();
}
