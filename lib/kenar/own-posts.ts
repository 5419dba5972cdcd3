/**
 * What the user does with their own posts: stats, edit of title and description (checked before
 * sending, through edit v2 and its update mask), delete, and the customised button.
 */
import { AppError } from '../errors';
import type { KenarClient } from './client';
import { fullGeneralData } from './general-data';
import type { ButtonType } from './schemas/post';
import { allows, type KenarAction, scopeToRequest } from './scopes';
import type { KenarSession } from './session';
import { checkPostEdit, isButtonLink } from './validate';

/** A customised button as the UI sets it: its type and the link it opens. */
export interface ButtonInput {
  type: ButtonType;
  link: string;
}

/** Throws `kenar-not-connected` or `kenar-missing-scope` unless `action` on `token` is granted. */
export async function ensureAllowed(
  session: KenarSession,
  refused: readonly string[],
  action: KenarAction,
  token?: string,
): Promise<void> {
  if (!(await session.isConnected())) throw new AppError('kenar-not-connected', 'not connected');
  if (allows(await session.grantedScopes(), action, token)) return;
  const scope = scopeToRequest(action, token, refused) ?? action;
  throw new AppError('kenar-missing-scope', `needs ${scope}`);
}

/** Builds the own-post actions over a client and a session. */
export function createOwnPosts(
  client: KenarClient,
  session: KenarSession,
  refused: () => Promise<string[]>,
) {
  const allowed = async (action: KenarAction, token?: string) =>
    ensureAllowed(session, await refused(), action, token);
  return {
    myPosts: async () => {
      await allowed('posts');
      return (await client.getUserPosts()).posts ?? [];
    },
    userPost: async (token: string) => {
      await allowed('posts');
      return client.getUserPost(token);
    },
    stats: async (token: string) => {
      await allowed('stats');
      return client.postStats(token);
    },
    /** Changes title and description only; the spec's limits are checked first. */
    edit: async (token: string, edit: { title: string; description: string }) => {
      const problem = checkPostEdit(edit)[0];
      if (problem) throw new AppError('kenar-invalid', `${problem.field}: ${problem.code}`);
      await allowed('edit', token);
      const current = (await client.getUserPost(token)).general_data ?? {};
      await client.editPostV2(token, {
        update_mask: ['general_data.title', 'general_data.description'],
        general_data: fullGeneralData(current, edit),
      });
    },
    delete: async (token: string) => {
      await allowed('delete');
      await client.deletePost(token);
    },
    setButton: async (token: string, button: ButtonInput) => {
      if (!isButtonLink(button.link)) throw new AppError('kenar-invalid', 'link: bad-link');
      await allowed('button');
      await client.setPostButton(token, {
        customized_button: { type: button.type, action: { open_direct_link: button.link.trim() } },
      });
    },
    deleteButton: async (token: string) => {
      await allowed('button');
      await client.deletePostButton(token);
    },
  };
}
