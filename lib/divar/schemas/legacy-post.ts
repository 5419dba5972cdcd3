import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseBoolean, looseNumber, looseString } from '../read/lenient';
import { modalWidgetSchema } from './post-widgets';
import { taggedSchema } from './widget';

const titleValue = lazySchema(() => z.looseObject({ title: looseString, value: looseString }));

/** One `widgets.list_data` entry of a legacy post, by its `format`; other formats pass as is. */
export const legacyListDataSchema = lazySchema(() =>
  taggedSchema('format', {
    group_info_row: z.looseObject({
      format: z.literal('group_info_row'),
      items: z.array(titleValue),
    }),
    string: z.looseObject({ format: z.literal('string'), title: looseString, value: looseString }),
    group_feature_row: z.looseObject({
      format: z.literal('group_feature_row'),
      items: z.array(z.looseObject({ title: looseString, available: looseBoolean.optional() })),
      next_page: z.looseObject({ widget_list: z.array(modalWidgetSchema).optional() }).nullish(),
    }),
  }),
);

const businessSchema = lazySchema(() =>
  z.looseObject({
    business_type: looseString.optional(),
    data: z.looseObject({ name: looseString.optional() }).nullish(),
  }),
);

/** Legacy `GET /v8/posts/{token}` (2023 shape, NOTES "Drift"): the fields the normaliser reads. */
export const legacyPostSchema = lazySchema(() =>
  z.looseObject({
    token: looseString,
    data: z
      .looseObject({
        category: z.looseObject({ slug: looseString }).optional(),
        city: looseString.optional(),
        district: looseString.optional(),
        description: looseString.optional(),
        business_data: businessSchema.nullish(),
        webengage: z
          .looseObject({
            city: looseString.optional(),
            image_count: looseNumber.optional(),
            business_type: looseString.nullish(),
          })
          .optional(),
      })
      .default({}),
    widgets: z.looseObject({
      header: z
        .looseObject({ title: looseString.default(''), date: looseString.optional() })
        .default({ title: '' }),
      description: looseString.optional(),
      list_data: z.array(legacyListDataSchema).default([]),
      location: z
        .looseObject({ latitude: looseNumber.optional(), longitude: looseNumber.optional() })
        .optional(),
      images: z.array(looseString).optional(),
      contact: z.looseObject({ chat: looseBoolean.optional() }).optional(),
      links: z
        .array(
          z.looseObject({ title: looseString.optional(), relative_url: looseString.optional() }),
        )
        .optional(),
      tags: z.array(z.unknown()).optional(),
      suggestions: z
        .looseObject({
          title: looseString.optional(),
          widget_list: z.array(z.looseObject({ widget_type: looseString })).optional(),
        })
        .nullish(),
    }),
  }),
);

/** A parsed legacy post. */
export type LegacyPost = z.infer<typeof legacyPostSchema>;
/** One parsed `list_data` entry of a legacy post. */
export type LegacyListData = z.infer<typeof legacyListDataSchema>;
