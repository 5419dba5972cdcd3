import { performance } from 'node:perf_hooks';

/** Operations per second of `run` over `inputs`, taking the best of several timed rounds. */
export function opsPerSecond<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  rounds = 7,
  minMs = 200,
): number {
  let sink = 0;
  const once = () => {
    for (const input of inputs) sink += run(input) === undefined ? 0 : 1;
  };
  for (let i = 0; i < 3; i++) once(); // warm up the JIT
  let best = 0;
  for (let round = 0; round < rounds; round++) {
    let count = 0;
    const start = performance.now();
    while (performance.now() - start < minMs) {
      once();
      count += inputs.length;
    }
    best = Math.max(best, count / ((performance.now() - start) / 1000));
  }
  if (sink < 0) console.log(sink); // keep the work observable
  return best;
}

/** Formats a rate with thousands separators. */
export const formatRate = (n: number) => Math.round(n).toLocaleString('en-US');
