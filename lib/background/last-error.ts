import { z } from 'zod';
import { ERROR_KINDS, type ErrorInfo } from '../errors';
import { lazySchema } from '../schema/lazy';
import type { KeyValueStorage } from '../tabs/tab-pages';

const KEY = 'session:lastError:v1' as const;

const storedErrorSchema = lazySchema(() =>
  z.object({
    kind: z.enum(ERROR_KINDS),
    message: z.string(),
    at: z.number(),
  }),
);

/** A failure from a surface without its own UI (a menu click), kept for the popup to show. */
export type StoredError = z.infer<typeof storedErrorSchema>;

/** Reads, writes and clears the last background failure in `storage.session`. */
export function createLastErrorStore(storage: KeyValueStorage, now: () => number) {
  return {
    save: (error: ErrorInfo) => storage.setItem<StoredError>(KEY, { ...error, at: now() }),
    async take(): Promise<StoredError | undefined> {
      const parsed = storedErrorSchema.safeParse(await storage.getItem<unknown>(KEY));
      await storage.removeItem(KEY);
      return parsed.success ? parsed.data : undefined;
    },
  };
}
