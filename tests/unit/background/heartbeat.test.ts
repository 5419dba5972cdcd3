import { describe, expect, it } from 'vitest';
import { createHeartbeat, HEARTBEAT_ALARM, HEARTBEAT_MINUTES } from '@/lib/background/heartbeat';

function fakes(hasWork: boolean) {
  const alarms = new Map<string, object>();
  const state = { hasWork, resumes: 0 };
  const heartbeat = createHeartbeat({
    alarms: {
      create: (name, info) => void alarms.set(name, info),
      clear: async (name) => alarms.delete(name),
      get: async (name) => alarms.get(name),
    },
    hasWork: async () => state.hasWork,
    resume: async () => {
      state.resumes++;
    },
  });
  return { alarms, state, heartbeat };
}

describe('the work heartbeat', () => {
  it('is armed every 30 s while work is unfinished, and only once', async () => {
    const { alarms, heartbeat } = fakes(true);
    await heartbeat.sync();
    await heartbeat.arm();
    expect([...alarms.entries()]).toEqual([
      [HEARTBEAT_ALARM, { delayInMinutes: HEARTBEAT_MINUTES, periodInMinutes: 0.5 }],
    ]);
  });

  it('resumes the work when it fires, and clears itself once nothing is left', async () => {
    const { alarms, state, heartbeat } = fakes(true);
    await heartbeat.arm();
    expect(await heartbeat.onAlarm(HEARTBEAT_ALARM)).toBe(true);
    expect(state.resumes).toBe(1);
    expect(alarms.has(HEARTBEAT_ALARM)).toBe(true);
    state.hasWork = false;
    await heartbeat.onAlarm(HEARTBEAT_ALARM);
    expect(alarms.has(HEARTBEAT_ALARM)).toBe(false);
  });

  it('leaves other alarms (watched searches) alone', async () => {
    const { state, heartbeat } = fakes(true);
    expect(await heartbeat.onAlarm('watch:abc')).toBe(false);
    expect(state.resumes).toBe(0);
  });
});
