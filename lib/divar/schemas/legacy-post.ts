import { z } from 'zod';
import { modalWidgetSchema } from './post-widgets';
import { taggedSchema } from './widget';

const titleValue = z.looseObject({ title: z.string(), value: z.string() });

/** One `widgets.list_data` entry of a legacy post, by its `format`; other formats pass as is. */
export const legacyListDataSchema = taggedSchema('format', {
  group_info_row: z.looseObject({
    format: z.literal('group_info_row'),
    items: z.array(titleValue),
  }),
  string: z.looseObject({ format: z.literal('string'), title: z.string(), value: z.string() }),
  group_feature_row: z.looseObject({
    format: z.literal('group_feature_row'),
    items: z.array(z.looseObject({ title: z.string(), available: z.boolean().optional() })),
    next_page: z.looseObject({ widget_list: z.array(modalWidgetSchema).optional() }).nullish(),
  }),
});

const businessSchema = z.looseObject({
  business_type: z.string().optional(),
  data: z.looseObject({ name: z.string().optional() }).nullish(),
});

/** Legacy `GET /v8/posts/{token}` (2023 shape, NOTES "Drift"): the fields the normaliser reads. */
export const legacyPostSchema = z.looseObject({
  token: z.string(),
  data: z.looseObject({
    category: z.looseObject({ slug: z.string() }).optional(),
    city: z.string().optional(),
    district: z.string().optional(),
    description: z.string().optional(),
    business_data: businessSchema.nullish(),
    webengage: z
      .looseObject({
        city: z.string().optional(),
        image_count: z.number().optional(),
        business_type: z.string().nullish(),
      })
      .optional(),
  }),
  widgets: z.looseObject({
    header: z.looseObject({ title: z.string(), date: z.string().optional() }),
    description: z.string().optional(),
    list_data: z.array(legacyListDataSchema),
    location: z
      .looseObject({ latitude: z.number().optional(), longitude: z.number().optional() })
      .optional(),
    images: z.array(z.string()).optional(),
    contact: z.looseObject({ chat: z.boolean().optional() }).optional(),
    links: z
      .array(z.looseObject({ title: z.string().optional(), relative_url: z.string().optional() }))
      .optional(),
    tags: z.array(z.unknown()).optional(),
    suggestions: z
      .looseObject({
        title: z.string().optional(),
        widget_list: z.array(z.looseObject({ widget_type: z.string() })).optional(),
      })
      .nullish(),
  }),
});

/** A parsed legacy post. */
export type LegacyPost = z.infer<typeof legacyPostSchema>;
/** One parsed `list_data` entry of a legacy post. */
export type LegacyListData = z.infer<typeof legacyListDataSchema>;
