/** Reading an API request body as JSON. */
import type { RouteContext } from '../server/http-types.ts';
import { badRequest } from './errors.ts';

/** The request body as JSON (`{}` when empty); throws ApiError(400) when it does not parse. */
export function jsonBody({ request }: RouteContext): unknown {
  const text = request.body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('request body is not valid JSON');
  }
}
