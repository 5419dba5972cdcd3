import { z } from 'zod';
import { lazySchema } from '../schema/lazy';
import type { DivarPage } from './page-kind';

/** A DivarPage as stored or sent between contexts; checked whenever it is read back. */
export const divarPageSchema: z.ZodType<DivarPage> = lazySchema(
  () =>
    z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('post'),
        url: z.string(),
        token: z.string(),
        slug: z.string().optional(),
      }),
      z.object({
        kind: z.literal('search'),
        url: z.string(),
        citySlug: z.string(),
        categorySlug: z.string().optional(),
        subPath: z.array(z.string()),
        keyword: z.string().optional(),
      }),
      z.object({ kind: z.literal('other'), url: z.string() }),
    ]) as z.ZodType<DivarPage>,
);
