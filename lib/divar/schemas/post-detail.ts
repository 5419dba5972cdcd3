import { z } from 'zod';
import { postWidgetSchema } from './post-widgets';
import { searchDataRefSchema } from './widget';

const webInfoSchema = z.looseObject({
  title: z.string().optional(),
  district_persian: z.string().optional(),
  city_persian: z.string().optional(),
  category_slug_persian: z.string().optional(),
});

/** `GET /v8/posts-v2/web/{token}` (NOTES §4); unknown keys, sections and widget types pass. */
export const postDetailSchema = z
  .looseObject({
    sections: z.array(
      z.looseObject({ section_name: z.string(), widgets: z.array(postWidgetSchema) }),
    ),
    share: z
      .looseObject({ title: z.string().optional(), web_url: z.string().optional() })
      .optional(),
    seo: z
      .looseObject({
        title: z.string().optional(),
        description: z.string().optional(),
        web_info: webInfoSchema.optional(),
        bread_crumb: z
          .array(
            z.looseObject({
              name: z.string().optional(),
              search_data: searchDataRefSchema.optional(),
            }),
          )
          .optional(),
        image_url: z.string().optional(),
        unavailable_after: z.string().optional(),
      })
      .optional(),
    // Both optional so a post without contact still normalises; the contact lookup checks uuid.
    contact: z
      .looseObject({
        contact_uuid: z.string().optional(),
        chat_enabled: z.boolean().optional(),
      })
      .optional(),
    webengage: z
      .looseObject({
        token: z.string().optional(),
        category: z.string().optional(),
        cat_1: z.string().optional(),
        cat_2: z.string().optional(),
        cat_3: z.string().optional(),
        city: z.string().optional(),
        district: z.string().optional(),
        business_type: z.string().optional(),
        image_count: z.number().optional(),
        // float32-rounded (20500000768 for 20,500,000,000): never used for the price.
        price: z.number().optional(),
        credit: z.number().optional(),
        rent: z.number().optional(),
      })
      .optional(),
    city: z
      .looseObject({
        city_id: z.string(),
        name: z.string().optional(),
        parent_id: z.string().optional(),
        second_slug: z.string().optional(),
      })
      .optional(),
  })
  .superRefine((post, ctx) => {
    // The token is needed for the URL; divar gives it in webengage and in the share link.
    if (!post.webengage?.token && !post.share?.web_url)
      ctx.addIssue({ code: 'custom', path: ['webengage', 'token'], message: 'no post token' });
  });

/** A parsed posts-v2 detail. */
export type PostDetail = z.infer<typeof postDetailSchema>;
/** One parsed section of a posts-v2 detail. */
export type PostSection = PostDetail['sections'][number];
