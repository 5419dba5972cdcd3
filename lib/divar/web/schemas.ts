import { z } from 'zod';

/** The search answer as the crawler reads it: rows (each checked later by the normaliser) and the cursor. */
export const searchPageSchema = z
  .object({
    list_widgets: z
      .array(
        z
          .object({ widget_type: z.string(), data: z.record(z.string(), z.unknown()).optional() })
          .loose(),
      )
      .optional(),
    pagination: z
      .object({
        has_next_page: z.boolean().optional(),
        data: z.record(z.string(), z.unknown()).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();

/** `POST /v8/postlist/w/approximate-post-count` → `{count}`. */
export const countSchema = z.object({ count: z.coerce.number() }).loose();

/** The post detail fields the contact lookup needs (the rest is the normaliser's). */
export const postContactRefSchema = z
  .object({ contact: z.object({ contact_uuid: z.string().min(1) }).loose() })
  .loose();

/** `POST /v8/postcontact/web/contact_info_v2/{token}` (NOTES §5). */
export const contactSchema = z
  .object({
    widget_list: z
      .array(
        z
          .object({
            data: z
              .object({
                title: z.string().optional(),
                value: z.string().optional(),
                action: z
                  .object({ payload: z.object({ phone_number: z.string().optional() }).loose() })
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
  .loose();

/** `POST /v8/postlist/w/filters`: the district options inside its widgets. */
export const filtersSchema = z
  .object({
    page: z
      .object({
        widget_list: z.array(
          z
            .object({ widget_type: z.string(), data: z.record(z.string(), z.unknown()).optional() })
            .loose(),
        ),
      })
      .loose(),
  })
  .loose();

/** Any JSON answer whose content we do not read (session refresh). */
export const anyJsonSchema = z.unknown();
