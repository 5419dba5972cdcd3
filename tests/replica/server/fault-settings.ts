/** The fault knobs (FaultSettings), their defaults and the zod schema for the HTTP control API. */
import { z } from 'zod';

/** How the contact route answers: normally, or with one of the captcha shapes (NOTES §5). */
export const CAPTCHA_MODES = ['off', 'hip', 'hip-403', 'forbidden'] as const;

/** What a random fault of `faultRate` can be: 429, 5xx, a held response (timeout) or a cut body. */
export const RANDOM_FAULT_KINDS = ['429', '5xx', 'timeout', 'cut'] as const;

/** One kind of random fault. */
export type RandomFaultKind = (typeof RANDOM_FAULT_KINDS)[number];

const count = z.number().int().min(0);
const FaultRateSchema = z.object({
  /** Chance that a request is faulted (seeded RNG, one draw per request). */
  probability: z.number().min(0).max(1),
  /** Kinds to pick from, uniformly (default all four). */
  kinds: z.array(z.enum(RANDOM_FAULT_KINDS)).min(1).optional(),
  /** How long a "timeout" holds the response before a 504 (default 30000 ms). */
  holdMs: count.optional(),
  /** Status of "5xx" faults (default 503). */
  status: z.number().int().min(500).max(599).optional(),
  /** Retry-After of "429" faults (default 1). */
  retryAfterSeconds: count.optional(),
  /** Seed of the fault sequence (default: the replica's seed). */
  seed: z.number().int().optional(),
});
const PageStateOverrideSchema = z.object({
  /** Replaces the server-resolved `form_data.data` of /s/ pages (wrapped values). */
  formData: z.record(z.string(), z.unknown()).optional(),
  /** Replaces the resolved city ids (strings). */
  cities: z.array(z.string().regex(/^\d+$/)).optional(),
  /** Replaces the resolved free-text query. */
  query: z.string().optional(),
});

/** Schema of a partial FaultSettings (what `faults.set()` and `POST /__replica/faults` take). */
export const FaultSettingsPatchSchema = z
  .object({
    latencyMs: count,
    latencyJitterMs: count,
    rateLimit: z
      .object({
        burst: count.optional(),
        perSecond: z.number().positive().optional(),
        windowMs: z.number().int().min(100).optional(),
        by: z.enum(['ip', 'device', 'global']).optional(),
        retryAfterSeconds: count.optional(),
      })
      .nullable(),
    faultRate: FaultRateSchema.nullable(),
    serverErrors: z
      .object({
        count: count.optional(),
        probability: z.number().min(0).max(1).optional(),
        status: z.number().int().min(500).max(599).optional(),
      })
      .nullable(),
    slowBodyMs: count,
    cutConnection: count,
    captcha: z.enum(CAPTCHA_MODES),
    captchaAfter: count.nullable(),
    pageStateOverride: PageStateOverrideSchema.nullable(),
    applyToPages: z.boolean(),
    pathIncludes: z.string().nullable(),
    sessionExpired: z.boolean(),
    drift: z.boolean(),
    heavyPages: z.boolean(),
  })
  .partial()
  .strict();

/** Every fault knob. Counters (`rateLimit.burst`, `serverErrors.count`, `cutConnection`) count down as they fire. */
export interface FaultSettings {
  /** Added delay before answering (ms). */
  latencyMs: number;
  /** Extra random delay in [0, latencyJitterMs) from the seeded RNG. */
  latencyJitterMs: number;
  /**
   * `burst`: the next N responses are 429; `perSecond`: 429 once a client had `perSecond × windowMs/1000`
   * requests admitted in the sliding window (`windowMs` default 1000; client `by` "ip" (default), "device"
   * = the `did` cookie, or "global"); `Retry-After: retryAfterSeconds` (default: until the window frees up).
   */
  rateLimit: {
    burst?: number;
    perSecond?: number;
    windowMs?: number;
    by?: 'ip' | 'device' | 'global';
    retryAfterSeconds?: number;
  } | null;
  /** Random faults: each request is faulted with `probability`, of a kind drawn from `kinds` (seeded). */
  faultRate: z.infer<typeof FaultRateSchema> | null;
  /** `count`: the next N responses are `status` (default 503); `probability`: each response is, with a seeded RNG. */
  serverErrors: { count?: number; probability?: number; status?: number } | null;
  /** Send headers at once, then trickle the body over this many ms. */
  slowBodyMs: number;
  /** The next N responses are cut (socket destroyed) half-way through the body. */
  cutConnection: number;
  /** Contact route: "hip" = 200 with a `hip_action` body, "hip-403" = the same with 403, "forbidden" = 403 "captcha challenge". */
  captcha: (typeof CAPTCHA_MODES)[number];
  /** Switch captcha to "hip" by itself once this many contact numbers were served (null = never). */
  captchaAfter: number | null;
  /** Plants a difference between /s/ page state (and its results) and the URL. */
  pageStateOverride: z.infer<typeof PageStateOverrideSchema> | null;
  /** Apply latency/429/5xx/slow/cut to divar.ir pages too (default: api.divar.ir only). */
  applyToPages: boolean;
  /** Only requests whose path contains this string are faulted (null = all). */
  pathIncludes: string | null;
  /** Every session JWT counts as expired (403 "jwt is expired") unless a refresh minted it after this was switched on. */
  sessionExpired: boolean;
  /** API answers drift as divar's do (numbers as Persian text, new keys and widgets, odd leaves). */
  drift: boolean;
  /** /s/ pages weigh like divar's: 240 cards and megabytes of script working on the main thread (bench). */
  heavyPages: boolean;
}

/** No faults at all. */
export function defaultFaultSettings(): FaultSettings {
  return {
    latencyMs: 0,
    latencyJitterMs: 0,
    rateLimit: null,
    faultRate: null,
    serverErrors: null,
    slowBodyMs: 0,
    cutConnection: 0,
    captcha: 'off',
    captchaAfter: null,
    pageStateOverride: null,
    applyToPages: false,
    pathIncludes: null,
    sessionExpired: false,
    drift: false,
    heavyPages: false,
  };
}
