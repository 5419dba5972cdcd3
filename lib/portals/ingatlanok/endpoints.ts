/** Where the ingatlanok.hu JSON API v3 lives (tests/fixtures/ingatlanok/json-api-v3.hu.txt). */
export const INGATLANOK_BASE = {
  production: 'https://ingatlanok.hu/api/json/v3',
  sandbox: 'https://sandbox.ingatlanok.hu/api/json/v3',
} as const;

/** Which of the portal's two systems an account talks to; the sandbox until the user switches. */
export type PortalEnvironment = keyof typeof INGATLANOK_BASE;

/** The optional host permissions the portal needs, asked for when an account is first saved. */
export const INGATLANOK_ORIGINS = ['https://ingatlanok.hu/*', 'https://sandbox.ingatlanok.hu/*'];

/** Most sub-requests one `POST /batch` may carry (the page's "Korlátozások"). */
export const BATCH_LIMIT = 100;

/** Bad requests (error types 1 and 2) the portal takes from one IP in an hour before error 12. */
export const HOURLY_BAD_REQUESTS = 100;

/** The portal's error codes this client acts on; the full list is not public. */
export const ERROR_CODE = { budgetSpent: 12, duplicateTransferId: 24 } as const;
