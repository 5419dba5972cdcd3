import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseBoolean, looseNumber, looseString } from '../read/lenient';
import { postWidgetSchema } from './post-widgets';
import { breadCrumbSchema } from './widget';

const webInfoSchema = lazySchema(() =>
  z.looseObject({
    title: looseString.optional(),
    district_persian: looseString.optional(),
    city_persian: looseString.optional(),
    category_slug_persian: looseString.optional(),
  }),
);

/**
 * `GET /v8/posts-v2/web/{token}` (NOTES §4); unknown keys, sections and widget types pass. Read it
 * with lib/divar/read, which drops odd fields one by one and finds the token where divar put it.
 */
export const postDetailSchema = lazySchema(() =>
  z.looseObject({
    sections: z.array(
      z.looseObject({
        section_name: looseString.default(''),
        widgets: z.array(postWidgetSchema).default([]),
      }),
    ),
    share: z
      .looseObject({ title: looseString.optional(), web_url: looseString.optional() })
      .optional(),
    seo: z
      .looseObject({
        title: looseString.optional(),
        description: looseString.optional(),
        web_info: webInfoSchema.optional(),
        bread_crumb: breadCrumbSchema.optional(),
        image_url: looseString.optional(),
        unavailable_after: looseString.optional(),
      })
      .optional(),
    // Both optional so a post without contact still normalises; the contact lookup checks uuid.
    contact: z
      .looseObject({
        contact_uuid: looseString.optional(),
        chat_enabled: looseBoolean.optional(),
      })
      .optional(),
    webengage: z
      .looseObject({
        token: looseString.optional(),
        category: looseString.optional(),
        cat_1: looseString.optional(),
        cat_2: looseString.optional(),
        cat_3: looseString.optional(),
        city: looseString.optional(),
        district: looseString.optional(),
        business_type: looseString.optional(),
        image_count: looseNumber.optional(),
        // float32-rounded (20500000768 for 20,500,000,000): never used for the price.
        price: looseNumber.optional(),
        credit: looseNumber.optional(),
        rent: looseNumber.optional(),
      })
      .optional(),
    city: z
      .looseObject({
        city_id: looseString.optional(),
        name: looseString.optional(),
        parent_id: looseString.optional(),
        second_slug: looseString.optional(),
      })
      .optional(),
  }),
);

/** A parsed posts-v2 detail. */
export type PostDetail = z.infer<typeof postDetailSchema>;
/** One parsed section of a posts-v2 detail. */
export type PostSection = PostDetail['sections'][number];
