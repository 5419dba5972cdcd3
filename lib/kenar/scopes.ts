/**
 * Which OAuth scopes each Kenar action needs. Global scopes come first where they exist (one
 * consent for every post); per-post scopes (`POST_EDIT.<token>`) are asked for only when the app
 * was refused the global one. Per-business scopes name the business (`….<business_token>`).
 */

/** What the user does with their posts and businesses through Kenar. */
export type KenarAction =
  | 'posts'
  | 'stats'
  | 'edit'
  | 'delete'
  | 'button'
  | 'submit'
  | 'businesses'
  | 'business-button'
  | 'user';

/** Every action, for message schemas. */
export const KENAR_ACTIONS = [
  'posts',
  'stats',
  'edit',
  'delete',
  'button',
  'submit',
  'businesses',
  'business-button',
  'user',
] as const satisfies readonly KenarAction[];

/** Asked for at the first connection: read the user's posts and their stats, and stay connected. */
export const BASE_SCOPES = ['offline_access', 'USER_POSTS_GET', 'USER_POSTS_STATS_READ'] as const;

// Asked for in the same consent as the action's own scope: posting needs the user's businesses.
const COMPANIONS: Partial<Record<KenarAction, readonly string[]>> = {
  submit: ['USER_BUSINESSES_READ'],
};

/** The scopes that allow `action` on post (or business) `token`, the preferred one first. */
export function scopesFor(action: KenarAction, token?: string): string[] {
  switch (action) {
    case 'posts':
      return ['USER_POSTS_GET'];
    case 'stats':
      return ['USER_POSTS_STATS_READ'];
    case 'edit':
      return token ? ['EDIT_USER_POST', `POST_EDIT.${token}`] : ['EDIT_USER_POST'];
    case 'delete':
      return ['DELETE_USER_POST'];
    case 'button':
      return ['USER_SET_CUSTOMIZED_BUTTON'];
    case 'submit':
      return ['SUBMIT_USER_POST'];
    case 'businesses':
      return ['USER_BUSINESSES_READ'];
    case 'business-button':
      return token ? [`BUSINESS_CREATE_CUSTOMIZED_BUTTON.${token}`] : [];
    case 'user':
      return ['USER_ID'];
  }
}

/** Whether `granted` already allows `action` on `token`. */
export function allows(granted: readonly string[], action: KenarAction, token?: string): boolean {
  return scopesFor(action, token).some((scope) => granted.includes(scope));
}

/** The scope to ask for so `action` on `token` becomes possible: the first one not refused. */
export function scopeToRequest(
  action: KenarAction,
  token: string | undefined,
  refused: readonly string[],
): string | undefined {
  return scopesFor(action, token).find((scope) => !refused.includes(scope));
}

/** Everything one consent asks for `action`: its scope and the scopes that go with it. */
export function scopesToAsk(
  action: KenarAction,
  token: string | undefined,
  refused: readonly string[],
): string[] {
  const scope = scopeToRequest(action, token, refused);
  return scope ? [scope, ...(COMPANIONS[action] ?? [])] : [];
}

/** Merges scope lists without repeats, keeping the first order. */
export function unionScopes(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
