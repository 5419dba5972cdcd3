/** Applies the fault knobs to requests: delay, 429, random faults, 5xx before routing; slow or cut delivery after. */
import { createRng } from '../util/rng.ts';
import { drawRandomFault, faultRateRng, randomFaultResponse } from './fault-rate.ts';
import { defaultFaultSettings, type FaultSettings } from './fault-settings.ts';
import { jsonResponse as json, type ReplicaResponse } from './http-types.ts';
import { createRateWindows, rateClientKey } from './rate-window.ts';

/** How a response body is delivered. */
export type Delivery = 'normal' | 'slow' | 'cut';

/** Who sent a request, for per-client limits, and a signal that aborts when the client goes away. */
export interface FaultRequest {
  remoteAddress: string;
  cookie?: string;
  signal?: AbortSignal;
}

/** What `before` decided: a response instead of the route's, and/or how to deliver the route's. */
export interface FaultDecision {
  response?: ReplicaResponse;
  tags: string[];
  /** Set when a random "cut" fault was drawn: deliver the route's response cut. */
  delivery?: Delivery;
}

/** Owns the fault settings and their counters. */
export interface FaultController {
  set(partial: Partial<FaultSettings>): void;
  reset(): void;
  get(): FaultSettings;
  /** Waits out latency, then returns a 429/5xx/timeout response when one is due (with the fault tags). */
  before(request: FaultRequest): Promise<FaultDecision>;
  /** Decides (and counts down) how the next faulted response is delivered. */
  delivery(): Delivery;
  /** Bumped each time `sessionExpired` is switched on; refreshed tokens carry it. */
  sessionEpoch(): number;
}

const tooMany = (retryAfter: number) =>
  json(
    429,
    { error: { code: 'RESOURCE_EXHAUSTED', message: 'too many requests' } },
    { 'retry-after': String(retryAfter) },
  );

/** Creates a controller whose random choices follow `seed`. */
export function createFaultController(seed: number): FaultController {
  let settings = defaultFaultSettings();
  let rng = createRng(seed ^ 0x5eed);
  let randomFaults = faultRateRng(seed, undefined);
  let epoch = 0;
  const windows = createRateWindows();
  return {
    set: (partial) => {
      const defined = Object.entries(partial).filter(([, value]) => value !== undefined);
      settings = { ...settings, ...structuredClone(Object.fromEntries(defined)) };
      if (partial.faultRate) randomFaults = faultRateRng(seed, partial.faultRate.seed);
      if (partial.sessionExpired === true) epoch += 1;
    },
    reset: () => {
      settings = defaultFaultSettings();
      rng = createRng(seed ^ 0x5eed);
      randomFaults = faultRateRng(seed, undefined);
      windows.reset();
    },
    get: () => structuredClone(settings),
    sessionEpoch: () => epoch,
    before: async (request) => {
      const tags: string[] = [];
      const delay =
        settings.latencyMs +
        (settings.latencyJitterMs > 0 ? rng.next() * settings.latencyJitterMs : 0);
      if (delay > 0) {
        tags.push('latency');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
      const limit = settings.rateLimit;
      if (limit && (limit.burst ?? 0) > 0) {
        limit.burst = (limit.burst ?? 1) - 1;
        tags.push('rateLimit');
        return { tags, response: tooMany(limit.retryAfterSeconds ?? 1) };
      }
      if (limit?.perSecond !== undefined) {
        const client = rateClientKey(limit.by, request.remoteAddress, request.cookie);
        const decision = windows.admit(client, limit.perSecond, limit.windowMs ?? 1000, Date.now());
        if (!decision.admitted) {
          tags.push('rateLimit');
          return { tags, response: tooMany(limit.retryAfterSeconds ?? decision.retryAfterSeconds) };
        }
      }
      const faultRate = settings.faultRate;
      const kind = drawRandomFault(faultRate, randomFaults);
      if (faultRate && kind) {
        tags.push('faultRate');
        if (kind === 'cut') return { tags, delivery: 'cut' };
        const tag = { '429': 'rateLimit', '5xx': 'serverError', timeout: 'timeout' }[kind];
        tags.push(tag);
        return { tags, response: await randomFaultResponse(kind, faultRate, request.signal) };
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
