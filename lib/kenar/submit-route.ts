/**
 * Which submit call makes a new post. A business posts as a provider with submit post v2 (the
 * spec: provider posts must be business posts); a personal account posts with submit user post,
 * owned by the user and managed through the user APIs. Where the API key lacks v2's SUBMIT_POST
 * permission (it is ticket-gated), the user post is made instead: a refused call created nothing.
 */
import { AppError } from '../errors';
import type { KenarClient } from './client';
import type { UserBusiness } from './schemas/finder';
import type { SubmitPostV2Body } from './schemas/post';

/** The new post's token and the call that made it. */
export interface SubmitOutcome {
  token: string;
  via: 'v2' | 'user';
}

const tokenOf = (answer: { post_token?: string }) => {
  if (!answer.post_token) throw new AppError('schema', 'Kenar answered without a post_token');
  return answer.post_token;
};

/** Sends `body` through the call that fits `business`. */
export async function submitTo(
  client: KenarClient,
  business: UserBusiness,
  body: SubmitPostV2Body,
): Promise<SubmitOutcome> {
  if (business.business_type !== 'PERSONAL') {
    try {
      return { token: tokenOf(await client.submitPostV2(body)), via: 'v2' };
    } catch (error) {
      if (!(error instanceof AppError && error.kind === 'kenar-key-permission')) throw error;
    }
  }
  const { landline_numbers: _unused, ...userBody } = body;
  return { token: tokenOf(await client.submitUserPost(userBody)), via: 'user' };
}
