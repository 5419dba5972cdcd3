import { z } from 'zod';
import { POST_TOKEN_PATTERN } from '../divar/post-url';
import { lazySchema } from '../schema/lazy';

/** The slice of WXT storage collections need. */
export interface LocalStorage {
  getItem<T>(key: `local:${string}`): Promise<T | null>;
  setItem<T>(key: `local:${string}`, value: T): Promise<void>;
}

const KEY = 'local:collection:v1' as const;
const MAX = 5000;
const collectionSchema = lazySchema(() =>
  z.object({
    tokens: z.array(z.string().regex(POST_TOKEN_PATTERN)).max(MAX),
    updatedAt: z.number(),
  }),
);

/** The user's collection: post tokens gathered from anywhere, newest first. */
export type Collection = z.infer<typeof collectionSchema>;

/** Reads, adds to and empties the collection (bounded; a token is kept once). */
export function createCollectionStore(storage: LocalStorage, now: () => number) {
  const read = async (): Promise<Collection> => {
    const parsed = collectionSchema.safeParse(await storage.getItem<unknown>(KEY));
    return parsed.success ? parsed.data : { tokens: [], updatedAt: 0 };
  };
  return {
    read,
    async add(tokens: string[]): Promise<Collection> {
      const current = await read();
      const merged = [...new Set([...tokens, ...current.tokens])].slice(0, MAX);
      const next = { tokens: merged, updatedAt: now() };
      await storage.setItem(KEY, next);
      return next;
    },
    async clear(): Promise<Collection> {
      const next = { tokens: [], updatedAt: now() };
      await storage.setItem(KEY, next);
      return next;
    },
  };
}

/** The collection store createCollectionStore builds. */
export type CollectionStore = ReturnType<typeof createCollectionStore>;
