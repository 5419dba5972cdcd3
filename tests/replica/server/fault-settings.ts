/** The fault knobs (FaultSettings), their defaults and the zod schema for the HTTP control API. */
import { z } from 'zod';

/** How the contact route answers: normally, or with one of the captcha shapes (NOTES §5). */
export const CAPTCHA_MODES = ['off', 'hip', 'hip-403', 'forbidden'] as const;

const count = z.number().int().min(0);
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
        retryAfterSeconds: count.optional(),
      })
      .nullable(),
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
  })
  .partial()
  .strict();

/** Every fault knob. Counters (`rateLimit.burst`, `serverErrors.count`, `cutConnection`) count down as they fire. */
export interface FaultSettings {
  /** Added delay before answering (ms). */
  latencyMs: number;
  /** Extra random delay in [0, latencyJitterMs) from the seeded RNG. */
  latencyJitterMs: number;
  /** `burst`: the next N responses are 429; `perSecond`: 429 beyond that many requests per second; `Retry-After: retryAfterSeconds` (default 1). */
  rateLimit: { burst?: number; perSecond?: number; retryAfterSeconds?: number } | null;
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
}

/** No faults at all. */
export function defaultFaultSettings(): FaultSettings {
  return {
    latencyMs: 0,
    latencyJitterMs: 0,
    rateLimit: null,
    serverErrors: null,
    slowBodyMs: 0,
    cutConnection: 0,
    captcha: 'off',
    captchaAfter: null,
    pageStateOverride: null,
    applyToPages: false,
    pathIncludes: null,
  };
}
