/** The one storage-area method this needs (Chromium's); Firefox has it on no storage area. */
export interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/** How restricting `storage.local` went: done, not offered by this browser, or refused. */
export type AccessLevelOutcome = 'trusted-only' | 'unsupported' | 'refused';

/**
 * Makes `storage.local` (Kenar key, OAuth secret and tokens, watches, settings) readable by the
 * extension's own pages and service worker only, never by a content script, where the browser
 * can (Chromium). Firefox has no such switch (ESR 153: on no area; tests/firefox checks): there
 * content scripts could read it, and ours never does (a bundle test checks) — see README,
 * Permissions. Never throws.
 */
export async function restrictLocalStorage(local: AccessLevelArea): Promise<AccessLevelOutcome> {
  if (typeof local.setAccessLevel !== 'function') return 'unsupported';
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return 'trusted-only';
  } catch {
    return 'refused';
  }
}
