/**
 * The user's side of Kenar: who is connected (their per-app id), their businesses, and the
 * customised button on every post of a business, set (the business's own scope,
 * `BUSINESS_CREATE_CUSTOMIZED_BUTTON.<business_token>`, asked for when first needed) and removed
 * (the API key alone, as the spec says).
 */
import { AppError } from '../errors';
import type { KenarClient } from './client';
import { type ButtonInput, ensureAllowed } from './own-posts';
import type { KenarSession } from './session';
import { isButtonLink } from './validate';

/** Builds the account actions (who, businesses, the business-wide button). */
export function createAccount(
  client: KenarClient,
  session: KenarSession,
  refused: () => Promise<string[]>,
) {
  return {
    /** The businesses the user owns or works for. */
    businesses: async () => {
      await ensureAllowed(session, await refused(), 'businesses');
      return (await client.getUserBusinesses()).businesses ?? [];
    },
    setBusinessButton: async (businessToken: string, button: ButtonInput) => {
      if (!isButtonLink(button.link)) throw new AppError('kenar-invalid', 'link: bad-link');
      await ensureAllowed(session, await refused(), 'business-button', businessToken);
      await client.createBusinessButton(businessToken, {
        customized_button: { type: button.type, action: { open_direct_link: button.link.trim() } },
      });
    },
    deleteBusinessButton: async (businessToken: string) => {
      await client.deleteBusinessButton(businessToken);
    },
    /** The connected user's per-app id (and phone, when USER_PHONE was granted). */
    whoAmI: async () => {
      await ensureAllowed(session, await refused(), 'user');
      const user = await client.getUser();
      return { userId: user.user_id ?? '', phone: user.phone_number };
    },
  };
}
