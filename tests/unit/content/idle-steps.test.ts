import { describe, expect, it } from 'vitest';
import { IDLE_TIMEOUT_MS, runInIdleSteps } from '@/lib/content/idle-steps';

/** A page whose idle moments come when the test says. */
function fakeIdle() {
  const waiting: { run: () => void; timeout: number }[] = [];
  const requestIdle = (run: () => void, options: { timeout: number }) =>
    waiting.push({ run, timeout: options.timeout });
  const idleOnce = () => waiting.shift()?.run();
  return { requestIdle, idleOnce, waiting };
}

describe('runInIdleSteps', () => {
  it('runs nothing at once, then one step per idle moment, in order, each with the timeout', () => {
    const { requestIdle, idleOnce, waiting } = fakeIdle();
    const ran: string[] = [];
    runInIdleSteps(requestIdle, [() => ran.push('toolbar'), () => ran.push('badges')]);
    expect(ran).toEqual([]);
    expect(waiting.map((w) => w.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    idleOnce();
    expect(ran).toEqual(['toolbar']);
    expect(waiting).toHaveLength(1);
    idleOnce();
    expect(ran).toEqual(['toolbar', 'badges']);
    expect(waiting).toHaveLength(0);
  });

  it('goes on after a step that throws, and logs it', () => {
    const { requestIdle, idleOnce } = fakeIdle();
    const ran: string[] = [];
    const logged: unknown[] = [];
    runInIdleSteps(
      requestIdle,
      [
        () => {
          throw new Error('odd page');
        },
        () => ran.push('badges'),
      ],
      (...args) => logged.push(args[1]),
    );
    idleOnce();
    idleOnce();
    expect(ran).toEqual(['badges']);
    expect(String(logged[0])).toContain('odd page');
  });

  it('asks for no idle moment when there is nothing to run', () => {
    const { requestIdle, waiting } = fakeIdle();
    runInIdleSteps(requestIdle, []);
    expect(waiting).toHaveLength(0);
  });
});
