import { z } from 'zod';
import { lazySchema } from '../../schema/lazy';
import { looseBoolean, looseNumber, looseString } from '../read/lenient';
import { breadCrumbSchema, describedWidget, looseRecord, widgetSchema } from './widget';

const webInfoSchema = lazySchema(() =>
  z.looseObject({
    title: looseString.optional(),
    district_persian: looseString.optional(),
    city_persian: looseString.optional(),
  }),
);

/** A search card (NOTES §2.2): the fields the card normaliser reads. */
export const postRowSchema = lazySchema(() =>
  describedWidget(
    'POST_ROW',
    z.looseObject({
      token: looseString,
      title: looseString.default(''),
      image_url: looseString.optional(),
      image_count: looseNumber.optional(),
      has_chat: looseBoolean.optional(),
      top_description_text: looseString.optional(),
      middle_description_text: looseString.optional(),
      bottom_description_text: looseString.optional(),
      red_text: looseString.optional(),
      image_overlay_tag: z.looseObject({ text: looseString.optional() }).optional(),
      action: z
        .looseObject({
          payload: z.looseObject({ web_info: webInfoSchema.optional() }).optional(),
        })
        .optional(),
    }),
  ).extend({
    action_log: z
      .looseObject({
        server_side_info: z
          .looseObject({
            info: z
              .looseObject({
                sort_date: looseString.optional(),
                // Only cards of the relaxed "similar posts" layer carry this (Top-Divar page 2).
                extra_data: z
                  .looseObject({ last_post_sort_date: looseString.optional() })
                  .optional(),
              })
              .optional(),
          })
          .optional(),
      })
      .optional(),
  }),
);

/** A selector row; on a search page the one titled "آگهی‌های مشابه" opens the recommendations. */
export const searchSelectorRowSchema = lazySchema(() =>
  describedWidget('SELECTOR_ROW', z.looseObject({ title: looseString })),
);

/** One entry of `list_widgets`: a POST_ROW, a SELECTOR_ROW or any other widget (kept as is). */
export const searchWidgetSchema = lazySchema(() =>
  widgetSchema({ POST_ROW: postRowSchema, SELECTOR_ROW: searchSelectorRowSchema }),
);

/** The page-level `action_log.server_side_info.info` (`PostListLoadPageInfo`). */
export const searchPageInfoSchema = lazySchema(() =>
  z.looseObject({
    cities: z.array(looseString).optional(),
    tokens: z.array(looseString).optional(),
    search_layer: looseString.optional(),
    posts_metadata: z
      .array(
        z.looseObject({
          token: looseString,
          sort_date: looseString.optional(),
          source: looseString.optional(),
          // JSON text such as `{"category":"apartment-sell",…}`: the only per-post category on a page.
          extra_info: looseString.optional(),
        }),
      )
      .optional(),
  }),
);

/**
 * `POST /v8/postlist/w/search` response (NOTES §2.2-2.3); unknown keys and widget types pass, and
 * leaves take numbers as numeric strings. Read it with lib/divar/read (field by field), not alone.
 */
export const searchResponseSchema = lazySchema(() =>
  z.looseObject({
    list_top_widgets: z.array(z.looseObject({ widget_type: z.string() })).optional(),
    list_widgets: z.array(searchWidgetSchema).optional(),
    // Absent only when divar drifts; without it there is no next page to ask for.
    pagination: z
      .looseObject({
        has_next_page: looseBoolean.optional(),
        is_first_page: looseBoolean.optional(),
        // The cursor: echo it back untouched as `pagination_data` for the next page.
        data: looseRecord.optional(),
      })
      .optional(),
    action_log: z
      .looseObject({
        server_side_info: z.looseObject({ info: searchPageInfoSchema.optional() }).optional(),
      })
      .optional(),
    search_id: looseString.optional(),
    map_data: z
      .looseObject({
        state: z
          .looseObject({
            camera_info: z.looseObject({ place_hash: looseString.optional() }).optional(),
          })
          .optional(),
        post_count: looseNumber.optional(),
      })
      .optional(),
    seo_details: z
      .looseObject({
        title: looseString.optional(),
        description: looseString.optional(),
        headline: looseString.optional(),
        bread_crumb: breadCrumbSchema.optional(),
      })
      .optional(),
    show_no_search_result_notice: looseBoolean.optional(),
  }),
);

/** A parsed search response. */
export type SearchResponse = z.infer<typeof searchResponseSchema>;
/** A parsed search card. */
export type PostRowWidget = z.infer<typeof postRowSchema>;
/** One parsed entry of `list_widgets`. */
export type SearchWidget = z.infer<typeof searchWidgetSchema>;
/** The parsed page-level action log info. */
export type SearchPageInfo = z.infer<typeof searchPageInfoSchema>;
