/**
 * Errors the replica's API answers with. Divar's real error bodies for these cases were not
 * captured; the replica answers `{"error":{"code","message"}}` (plus `field` for form errors),
 * see README "Guesses".
 */

/** A request the API rejects, with the HTTP status and a gRPC-style code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The JSON body sent to the client. */
  toBody(): Record<string, unknown> {
    const error: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.field !== undefined) error.field = this.field;
    return { error };
  }
}

/** HTTP 400 INVALID_ARGUMENT. */
export function badRequest(message: string, field?: string): ApiError {
  return new ApiError(400, 'INVALID_ARGUMENT', message, field);
}
