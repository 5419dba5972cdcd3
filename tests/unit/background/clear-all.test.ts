import { describe, expect, it } from 'vitest';
import { clearAllData } from '@/lib/background/clear-all';
import type { JobHandlerDeps } from '@/lib/jobs/handlers';
import type { WatchService } from '@/lib/watch/service';

/** Jobs and watches with nothing in them; clearing storage is noted in `steps`. */
function noJobsNoWatches(steps: string[]) {
  const jobs = {
    manager: Promise.resolve({}),
    store: Promise.resolve({ listJobs: async () => [] }),
    clearStorage: async () => void steps.push('clear storage'),
  } as unknown as JobHandlerDeps;
  const watch = { list: async () => ({ searches: [] }) } as unknown as WatchService;
  return { jobs, watch };
}

describe('Clear all data', () => {
  it('asks Kenar to revoke the tokens before it empties storage, and says how that went', async () => {
    const steps: string[] = [];
    const { jobs, watch } = noJobsNoWatches(steps);
    const kenar = {
      disconnect: async () => {
        steps.push('revoke at Kenar');
        return { revocation: 'not-offered' as const };
      },
    };
    const history = { clear: async () => void steps.push('clear history') };
    expect(await clearAllData(jobs, watch, kenar, undefined, undefined, history)).toEqual({
      jobsDeleted: 0,
      watchesDeleted: 0,
      kenarRevocation: 'not-offered',
    });
    expect(steps).toEqual(['clear history', 'revoke at Kenar', 'clear storage']);
  });

  it('forgets the alert destinations, their bot tokens and outbox too', async () => {
    const steps: string[] = [];
    const { jobs, watch } = noJobsNoWatches(steps);
    const kenar = { disconnect: async () => ({ revocation: 'not-offered' as const }) };
    const alerts = { clear: async () => void steps.push('clear alerts') };
    await clearAllData(jobs, watch, kenar, undefined, alerts);
    expect(steps).toEqual(['clear alerts', 'clear storage']);
  });
});
