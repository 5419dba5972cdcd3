import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseNumber, looseString } from '../read/lenient';

/** `POST /v8/postlist/w/approximate-post-count` → `{count}`. */
export const countSchema = lazySchema(() => z.object({ count: looseNumber }).loose());

/** `POST /v8/postcontact/web/contact_info_v2/{token}` (NOTES §5). */
export const contactSchema = lazySchema(() =>
  z
    .object({
      widget_list: z
        .array(
          z
            .object({
              data: z
                .object({
                  title: looseString.optional(),
                  value: looseString.optional(),
                  action: z
                    .object({ payload: z.object({ phone_number: looseString.optional() }).loose() })
                    .loose()
                    .optional(),
                })
                .loose(),
            })
            .loose(),
        )
        .optional(),
      action_log: z.unknown().optional(),
    })
    .loose(),
);

/** `POST /v8/postlist/w/filters`: the district options inside its widgets. */
export const filtersSchema = lazySchema(() =>
  z
    .object({
      page: z
        .object({
          widget_list: z.array(
            z
              .object({
                widget_type: z.string(),
                data: z.record(z.string(), z.unknown()).optional(),
              })
              .loose(),
          ),
        })
        .loose(),
    })
    .loose(),
);

/** Any JSON answer whose content we do not read (session refresh). */
export const anyJsonSchema = lazySchema(() => z.unknown());
