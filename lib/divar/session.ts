/** Reads one divar.ir cookie by name (an adapter over `browser.cookies.get`), or undefined. */
export type CookieReader = (name: string) => Promise<string | undefined>;

/** How the user is logged in to divar.ir, as far as their cookies tell. */
export type SessionKind = 'supertokens' | 'legacy' | 'none';

/** What the extension may know about the session: never the values themselves. */
export interface SessionState {
  kind: SessionKind;
  isLoggedIn: boolean;
}

/** The divar.ir session, read from cookies when a request is made and never kept. */
export interface DivarSession {
  state(): Promise<SessionState>;
  /** Headers divar's web app adds for this session (a legacy `token` needs `Authorization: Basic`). */
  headers(): Promise<Record<string, string>>;
}

const looksLikeJwt = (value: string | undefined) =>
  value !== undefined && /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value);

/**
 * Builds the session reader (NOTES §6): current SuperTokens sessions live in the `sAccessToken`
 * cookie, which `fetch(..., {credentials: 'include'})` sends by itself; legacy sessions keep a
 * JWT in `token`, which divar's web app also sends as `Authorization: Basic <jwt>`.
 */
export function createDivarSession(readCookie: CookieReader): DivarSession {
  const read = async (): Promise<{ kind: SessionKind; legacy?: string }> => {
    if (looksLikeJwt(await readCookie('sAccessToken'))) return { kind: 'supertokens' };
    const legacy = await readCookie('token');
    if (looksLikeJwt(legacy)) return { kind: 'legacy', legacy };
    return { kind: 'none' };
  };
  return {
    async state() {
      const { kind } = await read();
      return { kind, isLoggedIn: kind !== 'none' };
    },
    async headers(): Promise<Record<string, string>> {
      const { legacy } = await read();
      return legacy ? { authorization: `Basic ${legacy}` } : {};
    },
  };
}
