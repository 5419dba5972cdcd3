import { z } from 'zod';
import { lazySchema } from '../schema/lazy';

/**
 * What the user chooses for a push, beside the account: the portal region of each divar city
 * (the portal's own geography cannot be guessed from divar's), and the currency with its rate
 * (divar's amounts are toman, which no foreign portal takes).
 */
export const pushChoices = lazySchema(() =>
  z
    .object({
      regionByCity: z.record(z.string().max(80), z.number().int().positive()),
      currency: z.enum(['huf', 'eur', 'usd']),
      /** Toman per one unit of the currency; without it no price can be sent. */
      tomanPerUnit: z.number().positive().max(1e9).optional(),
    })
    .strict(),
);

/** The user's choices for a push. */
export type PushChoices = z.infer<typeof pushChoices>;

/** The choices before the user made any. */
export const NO_CHOICES: PushChoices = { regionByCity: {}, currency: 'eur' };
