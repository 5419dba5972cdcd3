/** Applies the fault knobs to requests: delay, 429, 5xx before routing; slow or cut delivery after. */
import { createRng } from '../util/rng.ts';
import { defaultFaultSettings, type FaultSettings } from './fault-settings.ts';
import { jsonResponse as json, type ReplicaResponse } from './http-types.ts';

/** How a response body is delivered. */
export type Delivery = 'normal' | 'slow' | 'cut';

/** Owns the fault settings and their counters. */
export interface FaultController {
  set(partial: Partial<FaultSettings>): void;
  reset(): void;
  get(): FaultSettings;
  /** Waits out latency, then returns a 429/5xx response when one is due (with the fault tags). */
  before(): Promise<{ response?: ReplicaResponse; tags: string[] }>;
  /** Decides (and counts down) how the next faulted response is delivered. */
  delivery(): Delivery;
}

/** Creates a controller whose random choices follow `seed`. */
export function createFaultController(seed: number): FaultController {
  let settings = defaultFaultSettings();
  let rng = createRng(seed ^ 0x5eed);
  let recent: number[] = [];
  return {
    set: (partial) => {
      const defined = Object.entries(partial).filter(([, value]) => value !== undefined);
      settings = { ...settings, ...structuredClone(Object.fromEntries(defined)) };
    },
    reset: () => {
      settings = defaultFaultSettings();
      rng = createRng(seed ^ 0x5eed);
      recent = [];
    },
    get: () => structuredClone(settings),
    before: async () => {
      const tags: string[] = [];
      const delay =
        settings.latencyMs +
        (settings.latencyJitterMs > 0 ? rng.next() * settings.latencyJitterMs : 0);
      if (delay > 0) {
        tags.push('latency');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      const now = Date.now();
      recent = recent.filter((time) => now - time < 1000);
      recent.push(now);
      const limit = settings.rateLimit;
      if (limit) {
        const burst = (limit.burst ?? 0) > 0;
        if (burst) limit.burst = (limit.burst ?? 1) - 1;
        if (burst || (limit.perSecond !== undefined && recent.length > limit.perSecond)) {
          const retryAfter = String(limit.retryAfterSeconds ?? 1);
          tags.push('rateLimit');
          return {
            tags,
            response: json(
              429,
              { error: { code: 'RESOURCE_EXHAUSTED', message: 'too many requests' } },
              { 'retry-after': retryAfter },
            ),
          };
        }
      }
      const errors = settings.serverErrors;
      if (errors) {
        const counted = (errors.count ?? 0) > 0;
        if (counted) errors.count = (errors.count ?? 1) - 1;
        if (counted || rng.next() < (errors.probability ?? 0)) {
          tags.push('serverError');
          return {
            tags,
            response: json(errors.status ?? 503, {
              error: {
                code: 'UNAVAILABLE',
                message: 'upstream connect error or disconnect/reset before headers',
              },
            }),
          };
        }
      }
      return { tags };
    },
    delivery: () => {
      if (settings.cutConnection > 0) {
        settings.cutConnection -= 1;
        return 'cut';
      }
      return settings.slowBodyMs > 0 ? 'slow' : 'normal';
    },
  };
}
