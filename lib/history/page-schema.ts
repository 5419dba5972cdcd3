import { z } from 'zod';
import { POST_TOKEN_PATTERN } from '../divar/post-url';
import { lazySchema } from '../schema/lazy';
import { MAX_PAGE_CARDS, type ObservedFacts, type ObservedListing } from './types';

export { MAX_PAGE_CARDS };

const amount = lazySchema(() => z.number().int().positive().max(1e15));
// Each field on its own: a card whose field drifts loses that field, never the card.
const field = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const cardSchema = lazySchema(() =>
  z.object({
    token: z.string().regex(POST_TOKEN_PATTERN),
    price: field(amount),
    deposit: field(amount),
    rent: field(amount),
    title: field(z.string().trim().min(1).max(200)),
    district: field(z.string().trim().min(1).max(100)),
    size: field(z.number().int().positive().max(1e6)),
  }),
);

/** A card as a divar page's content script reads it (untrusted: a page can plant cards). */
export type PageCard = z.input<typeof cardSchema>;

/** The cards of one page message: at most MAX_PAGE_CARDS, each checked field by field. */
export const pageCardsSchema = lazySchema(() => z.array(z.unknown()).max(MAX_PAGE_CARDS));

/** The cards that read, as observations (a card without a valid token is skipped). */
export function observedCards(raw: unknown[]): { observed: ObservedListing[]; skipped: number } {
  const observed: ObservedListing[] = [];
  for (const item of raw) {
    const parsed = cardSchema.safeParse(item);
    if (!parsed.success) continue;
    const { token, ...rest } = parsed.data;
    const facts: ObservedFacts = {};
    for (const [key, value] of Object.entries(rest))
      if (value !== undefined) Object.assign(facts, { [key]: value });
    observed.push({ token, facts });
  }
  return { observed, skipped: raw.length - observed.length };
}
