/**
 * The `faultRate` knob: one seeded draw per faulted-scope request decides whether it fails and how
 * (429, 5xx, a response held for `holdMs` then 504, or a body cut half-way). The route is not run
 * for 429/5xx/timeout, so a faulted request never reaches any route state.
 */
import { createRng, type Rng } from '../util/rng.ts';
import { type FaultSettings, RANDOM_FAULT_KINDS, type RandomFaultKind } from './fault-settings.ts';
import { jsonResponse, type ReplicaResponse } from './http-types.ts';

const DEFAULT_HOLD_MS = 30_000;

/** The RNG of random faults for a replica seed (and an optional `faultRate.seed`). */
export function faultRateRng(replicaSeed: number, settingsSeed: number | undefined): Rng {
  return createRng((settingsSeed ?? replicaSeed) ^ 0xfa17);
}

/** Draws the fault (if any) for the next request. Always one draw, plus one for the kind when faulted. */
export function drawRandomFault(
  faultRate: FaultSettings['faultRate'],
  rng: Rng,
): RandomFaultKind | undefined {
  if (faultRate === null || faultRate.probability <= 0) return undefined;
  if (rng.next() >= faultRate.probability) return undefined;
  return rng.pick(faultRate.kinds ?? RANDOM_FAULT_KINDS);
}

/** Resolves after `ms`, or as soon as `signal` aborts (the client went away). */
export function holdFor(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The response of a 429/5xx/timeout random fault (after holding for a timeout). */
export async function randomFaultResponse(
  kind: Exclude<RandomFaultKind, 'cut'>,
  faultRate: NonNullable<FaultSettings['faultRate']>,
  signal: AbortSignal | undefined,
): Promise<ReplicaResponse> {
  if (kind === '429') {
    return jsonResponse(
      429,
      { error: { code: 'RESOURCE_EXHAUSTED', message: 'too many requests' } },
      { 'retry-after': String(faultRate.retryAfterSeconds ?? 1) },
    );
  }
  if (kind === '5xx') {
    return jsonResponse(faultRate.status ?? 503, {
      error: {
        code: 'UNAVAILABLE',
        message: 'upstream connect error or disconnect/reset before headers',
      },
    });
  }
  await holdFor(faultRate.holdMs ?? DEFAULT_HOLD_MS, signal);
  return jsonResponse(504, {
    error: { code: 'DEADLINE_EXCEEDED', message: 'upstream request timeout' },
  });
}
