/**
 * Kenar's error answers: `googleRpcStatus` bodies with the gRPC code and the HTTP status
 * grpc-gateway maps it to (NOTES §2; 412 for FAILED_PRECONDITION as the docs show).
 */
import { jsonResponse, type ReplicaResponse } from '../server/http-types.ts';

/** A call Kenar refuses. */
export class KenarError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }

  /** The HTTP answer. */
  toResponse(): ReplicaResponse {
    return jsonResponse(this.status, { code: this.code, message: this.message, details: [] });
  }
}

/** The errors the replica gives, by gRPC name. */
export const rpc = {
  invalid: (message: string) => new KenarError(400, 3, message),
  unauthenticated: (message: string) => new KenarError(401, 16, message),
  denied: (message: string) => new KenarError(403, 7, message),
  notFound: (message: string) => new KenarError(404, 5, message),
  methodNotAllowed: () => new KenarError(405, 12, 'Method Not Allowed'),
  precondition: (message: string) => new KenarError(412, 9, message),
  exhausted: (message: string) => new KenarError(429, 8, message),
  internal: (message: string) => new KenarError(500, 13, message),
  unimplemented: (message: string) => new KenarError(501, 12, message),
};
