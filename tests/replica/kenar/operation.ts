/** What an operation handler of the Kenar replica gets, and shared checks. */
import type { ReplicaState } from '../server/state.ts';
import { rpc } from './errors.ts';
import type { Grant, KenarApp, KenarState, OwnPost } from './state.ts';

/** One call, authenticated and with its body checked against the spec. */
export interface OpContext {
  replica: ReplicaState;
  kenar: KenarState;
  params: Record<string, string>;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: the body was validated against the spec already.
  body: any;
  app?: KenarApp;
  grant?: Grant;
}

/** A handler: returns the 200 body (checked against the spec afterwards) or throws a KenarError. */
export type Operation = (context: OpContext) => unknown;

/** The signed-in user's post `token`; 404 when there is none, 403 when it is someone else's. */
export function ownedPost(context: OpContext, token: string): OwnPost {
  const post = context.kenar.posts.get(token);
  if (!post || post.deleted) throw rpc.notFound('post not found');
  if (post.phone !== context.grant?.phone) throw rpc.denied('post does not belong to the user');
  return post;
}

/** The per-app obfuscated user id of a phone (stable for one app and one user). */
export function userIdOf(app: string, phone: string): string {
  let hash = 2166136261;
  for (const char of `${app}:${phone}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return `u${(hash >>> 0).toString(36)}${phone.slice(-3)}`;
}

/** Persian room words of the search filter (NOTES §3.1). */
export function roomsWord(rooms: number | undefined): string | undefined {
  if (rooms === undefined) return undefined;
  return ['بدون اتاق', 'یک', 'دو', 'سه', 'چهار'][rooms] ?? 'پنج یا بیشتر';
}
