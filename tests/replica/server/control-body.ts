/** Reading a replica control request's JSON body against its zod schema. */
import type { z } from 'zod';
import type { RouteContext } from './http-types.ts';

/** The body parsed and checked by `schema` (`{}` when empty), or undefined when it is not one. */
export function controlBody<T>(context: RouteContext, schema: z.ZodType<T>): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(context.request.body.toString('utf8') || '{}'));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
