import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseBoolean, looseNumber, looseString } from '../read/lenient';
import { describedWidget, searchDataRefSchema, widgetSchema } from './widget';

const titleValue = lazySchema(() => z.looseObject({ title: looseString, value: looseString }));
const feature = lazySchema(() =>
  z.looseObject({ title: looseString, available: looseBoolean.optional() }),
);
const point = lazySchema(() => z.looseObject({ latitude: looseNumber, longitude: looseNumber }));
const actionWithSearch = lazySchema(() =>
  z.looseObject({
    payload: z.looseObject({ search_data: searchDataRefSchema.optional() }).optional(),
  }),
);

/** A `{title, value}` fact row ("قیمت کل", "طبقه", "ودیعه", …). */
export const unexpandableRowSchema = lazySchema(() =>
  describedWidget('UNEXPANDABLE_ROW', titleValue),
);
/** One line of the features list ("آسانسور ندارد", "بالکن دارد"). */
export const featureRowSchema = lazySchema(() => describedWidget('FEATURE_ROW', feature));

/** Widgets of the "all features" modal page (posts-v2 SELECTOR_ROW and legacy `next_page`). */
export const modalWidgetSchema = lazySchema(() =>
  widgetSchema({ UNEXPANDABLE_ROW: unexpandableRowSchema, FEATURE_ROW: featureRowSchema }),
);

/** The widgets of a posts-v2 section that the post normaliser reads (NOTES §4). */
const postWidgetSchemas = () => ({
  BREADCRUMB: describedWidget(
    'BREADCRUMB',
    z.looseObject({
      parent_items: z
        .array(
          z.looseObject({ title: looseString.optional(), action: actionWithSearch.optional() }),
        )
        .optional(),
    }),
  ),
  LEGEND_TITLE_ROW: describedWidget('LEGEND_TITLE_ROW', z.looseObject({ title: looseString })),
  EXPANDABLE_SECTION: describedWidget(
    'EXPANDABLE_SECTION',
    z.looseObject({
      title: looseString.optional(),
      widget_list: z
        .array(
          z.looseObject({
            widget_type: looseString,
            data: z.looseObject({ text: looseString.optional() }).optional(),
          }),
        )
        .optional(),
    }),
  ),
  DESCRIPTION_ROW: describedWidget('DESCRIPTION_ROW', z.looseObject({ text: looseString })),
  IMAGE_CAROUSEL: describedWidget(
    'IMAGE_CAROUSEL',
    z.looseObject({
      items: z.array(
        z.looseObject({
          image: z.looseObject({ url: looseString }).optional(),
          video_url: looseString.optional(),
        }),
      ),
    }),
  ),
  GROUP_INFO_ROW: describedWidget('GROUP_INFO_ROW', z.looseObject({ items: z.array(titleValue) })),
  UNEXPANDABLE_ROW: unexpandableRowSchema,
  GROUP_FEATURE_ROW: describedWidget(
    'GROUP_FEATURE_ROW',
    z.looseObject({ items: z.array(feature) }),
  ),
  FEATURE_ROW: featureRowSchema,
  SCORE_ROW: describedWidget(
    'SCORE_ROW',
    z.looseObject({ title: looseString, descriptive_score: looseString.optional() }),
  ),
  SELECTOR_ROW: describedWidget(
    'SELECTOR_ROW',
    z.looseObject({
      title: looseString.optional(),
      action: z
        .looseObject({
          type: looseString.optional(),
          payload: z
            .looseObject({
              modal_page: z
                .looseObject({ widget_list: z.array(modalWidgetSchema).optional() })
                .optional(),
            })
            .optional(),
        })
        .optional(),
    }),
  ),
  MAP_ROW: describedWidget(
    'MAP_ROW',
    z.looseObject({
      location: z
        .looseObject({
          type: looseString.optional(),
          fuzzy_data: z.looseObject({ point, radius: looseNumber.optional() }).optional(),
          // Only FUZZY was ever captured; these are where an exact point would plausibly be.
          exact_data: z.looseObject({ point }).optional(),
          point: point.optional(),
        })
        .optional(),
    }),
  ),
  WRAPPER_ROW: describedWidget(
    'WRAPPER_ROW',
    z.looseObject({
      chip_list: z
        .looseObject({
          chips: z
            .array(
              z.looseObject({ text: looseString.optional(), action: actionWithSearch.optional() }),
            )
            .optional(),
        })
        .optional(),
    }),
  ),
});

/** One widget of a posts-v2 section. */
export const postWidgetSchema = lazySchema(() => widgetSchema(postWidgetSchemas()));

type PostWidgetShapes = ReturnType<typeof postWidgetSchemas>;

/** A parsed posts-v2 widget. */
export type PostWidget = z.infer<typeof postWidgetSchema>;
/** A parsed widget of the features modal. */
export type ModalWidget = z.infer<typeof modalWidgetSchema>;
/** Each described posts-v2 widget type and its parsed shape. */
export type DescribedPostWidgets = {
  [T in keyof PostWidgetShapes]: z.infer<PostWidgetShapes[T]>;
};
