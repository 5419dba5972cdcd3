/**
 * `load` already started with `args` (when given): the first call with those same arguments gets
 * the answer under way, every other call loads afresh. A page starts its reads while its code
 * still evaluates, and a later reload never sees a stale answer.
 */
export function startedEarly<A extends unknown[], T>(
  load: (...args: A) => Promise<T>,
  args: A | undefined,
): (...args: A) => Promise<T> {
  let early = args && load(...args);
  early?.catch(() => undefined); // reported to whoever asks for it
  return (...asked) => {
    const ready = early;
    early = undefined;
    const same = args !== undefined && asked.every((value, i) => Object.is(value, args[i]));
    return ready && same ? ready : load(...asked);
  };
}
