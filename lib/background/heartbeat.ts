/** The alarm that wakes a stopped service worker while long work is unfinished. */
export const HEARTBEAT_ALARM = 'work:heartbeat';

/**
 * Minutes between heartbeats: 30 s, the shortest period Chrome 120+ allows (older browsers and
 * Firefox round it up to their own minimum of one minute).
 */
export const HEARTBEAT_MINUTES = 0.5;

/** The alarms API as the heartbeat uses it (`browser.alarms`, or a fake in tests). */
export interface HeartbeatAlarms {
  create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): unknown;
  clear(name: string): Promise<unknown>;
  get(name: string): Promise<unknown>;
}

/** What the heartbeat needs: alarms, whether any long work is unfinished, and how to resume it. */
export interface HeartbeatDeps {
  alarms: HeartbeatAlarms;
  hasWork(): Promise<boolean>;
  resume(): Promise<unknown>;
}

/**
 * Keeps long work (crawls, details, and later kinds) going by itself: while any is unfinished an
 * alarm wakes the worker every HEARTBEAT_MINUTES, and the wake-up resumes whatever a stop cut
 * short; once nothing is left the alarm is cleared.
 */
export function createHeartbeat(deps: HeartbeatDeps) {
  const arm = async () => {
    if (await deps.alarms.get(HEARTBEAT_ALARM)) return;
    await deps.alarms.create(HEARTBEAT_ALARM, {
      delayInMinutes: HEARTBEAT_MINUTES,
      periodInMinutes: HEARTBEAT_MINUTES,
    });
  };
  const sync = async () => {
    if (await deps.hasWork()) await arm();
    else await deps.alarms.clear(HEARTBEAT_ALARM);
  };
  return {
    /** Makes sure the heartbeat runs (call whenever long work starts or makes progress). */
    arm,
    /** Arms or clears the heartbeat to match whether work is unfinished (at worker start). */
    sync,
    /** Handles an alarm; true when it was the heartbeat (work resumed, alarm kept or cleared). */
    async onAlarm(name: string): Promise<boolean> {
      if (name !== HEARTBEAT_ALARM) return false;
      await deps.resume();
      await sync();
      return true;
    },
  };
}

/** The heartbeat createHeartbeat builds. */
export type Heartbeat = ReturnType<typeof createHeartbeat>;
