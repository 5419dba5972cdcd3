/** Every kind of failure Divar Actions reports; each has fa/en words in lib/i18n. */
export const ERROR_KINDS = [
  'forbidden-sender',
  'bad-message',
  'unknown-message',
  'not-divar-url',
  'bad-search-url',
  'no-post-links',
  'no-tab',
  'clipboard',
  // Network family (lib/http): every request to divar ends in data or one of these.
  'network',
  'timeout',
  'http',
  'auth',
  'captcha',
  'rate-limit',
  'not-found',
  'schema',
  'contact-cap',
  // Watched searches: at most MAX_WATCHES (lib/watch/service.ts), so no page can add endless ones.
  'watch-cap',
  'internal',
  // Kenar family (lib/kenar): the official API's own failures, each with its own fix.
  'kenar-no-key',
  'kenar-bad-key',
  'kenar-key-permission',
  'kenar-no-app',
  'kenar-not-connected',
  'kenar-missing-scope',
  'kenar-quota',
  'kenar-post-expired',
  'kenar-not-own-post',
  'kenar-invalid',
  'kenar-oauth',
  // Pishkhan family (lib/pishkhan): Cafe Bazaar's release API and the release wizard.
  'pishkhan-no-permission',
  'pishkhan-no-app',
  'pishkhan-forbidden',
  'pishkhan-no-draft',
  'pishkhan-draft-exists',
  'pishkhan-bad-request',
  'pishkhan-rate-limit',
  'pishkhan-network',
  'pishkhan-server',
  'pishkhan-not-apk',
  'pishkhan-version-too-low',
  'pishkhan-invalid',
  // Posting through Kenar (issue 14): its refusals, photo problems and its request limits.
  'kenar-cannot-submit',
  'kenar-photo-too-large',
  'kenar-not-an-image',
  'kenar-upload-cut',
  'kenar-rate-limit',
  // Partner portals (lib/portals): syndication to another listing site, each with its own fix.
  'portal-no-account',
  'portal-permission',
  'portal-auth',
  'portal-budget',
  'portal-rejected',
  'portal-invalid',
  'portal-unsure',
  // Alerts to a phone (lib/alerts): a watch's news through the user's own bot or webhook.
  'alert-permission',
  'alert-bad-token',
  'alert-chat',
  'alert-rate-limit',
  'alert-webhook-server',
  'alert-webhook-refused',
  'alert-timeout',
  'alert-network',
  'alert-bad-answer',
] as const;

/** One kind of failure. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** A failure as it crosses a message boundary: a kind plus a developer-facing detail. */
export interface ErrorInfo {
  kind: ErrorKind;
  message: string;
  /** Facts a UI or a job can act on: HTTP status, the failing schema path, when to retry. */
  details?: ErrorDetails;
}

/** Optional facts attached to an error. */
export interface ErrorDetails {
  status?: number;
  path?: string;
  retryAfterMs?: number;
  url?: string;
  /** A partner portal's own error code (ingatlanok.hu: 12 budget spent, 24 duplicate id). */
  portalCode?: number;
}

/** The one error class thrown by Divar Actions code; `kind` decides what the user is told. */
export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly details: ErrorDetails | undefined;

  constructor(
    kind: ErrorKind,
    message: string,
    options?: { cause?: unknown; details?: ErrorDetails },
  ) {
    super(message, options);
    this.name = 'AppError';
    this.kind = kind;
    this.details = options?.details;
  }
}

/** Whether `value` names a known error kind. */
export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && (ERROR_KINDS as readonly string[]).includes(value);
}

/** Turns anything thrown into a serialisable ErrorInfo (unknown throws become `internal`). */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) {
    return error.details
      ? { kind: error.kind, message: error.message, details: error.details }
      : { kind: error.kind, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message };
}
