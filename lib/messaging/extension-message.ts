import { z } from 'zod';
import { lazySchema } from '../schema/lazy';

/**
 * A message only the extension's own pages may send (keys and tokens never reach a content
 * script), its payload schema built on first use: `shape` is a thunk so not even the fields'
 * schemas are made while the service worker starts.
 */
export function extensionMessage<T extends string, S extends z.ZodRawShape>(
  type: T,
  shape: () => S,
) {
  return {
    from: 'extension' as const,
    request: lazySchema(() => z.object({ type: z.literal(type), ...shape() })),
  };
}
