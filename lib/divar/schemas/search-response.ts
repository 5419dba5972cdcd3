import { z } from 'zod';
import { describedWidget, looseRecord, searchDataRefSchema, widgetSchema } from './widget';

const webInfoSchema = z.looseObject({
  title: z.string().optional(),
  district_persian: z.string().optional(),
  city_persian: z.string().optional(),
});

/** A search card (NOTES §2.2): the fields the card normaliser reads. */
export const postRowSchema = describedWidget(
  'POST_ROW',
  z.looseObject({
    token: z.string(),
    title: z.string(),
    image_url: z.string().optional(),
    image_count: z.number().optional(),
    has_chat: z.boolean().optional(),
    top_description_text: z.string().optional(),
    middle_description_text: z.string().optional(),
    bottom_description_text: z.string().optional(),
    red_text: z.string().optional(),
    image_overlay_tag: z.looseObject({ text: z.string().optional() }).optional(),
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
              sort_date: z.string().optional(),
              // Only cards of the relaxed "similar posts" layer carry this (Top-Divar page 2).
              extra_data: z.looseObject({ last_post_sort_date: z.string().optional() }).optional(),
            })
            .optional(),
        })
        .optional(),
    })
    .optional(),
});

/** A selector row; on a search page the one titled "آگهی‌های مشابه" opens the recommendations. */
export const searchSelectorRowSchema = describedWidget(
  'SELECTOR_ROW',
  z.looseObject({ title: z.string() }),
);

/** One entry of `list_widgets`: a POST_ROW, a SELECTOR_ROW or any other widget (kept as is). */
export const searchWidgetSchema = widgetSchema({
  POST_ROW: postRowSchema,
  SELECTOR_ROW: searchSelectorRowSchema,
});

/** The page-level `action_log.server_side_info.info` (`PostListLoadPageInfo`). */
export const searchPageInfoSchema = z.looseObject({
  cities: z.array(z.string()).optional(),
  tokens: z.array(z.string()).optional(),
  search_layer: z.string().optional(),
  posts_metadata: z
    .array(
      z.looseObject({
        token: z.string(),
        sort_date: z.string().optional(),
        source: z.string().optional(),
        // JSON text such as `{"category":"apartment-sell",…}`: the only per-post category on a page.
        extra_info: z.string().optional(),
      }),
    )
    .optional(),
});

/** `POST /v8/postlist/w/search` response (NOTES §2.2-2.3); unknown keys and widget types pass. */
export const searchResponseSchema = z.looseObject({
  list_top_widgets: z.array(z.looseObject({ widget_type: z.string() })).optional(),
  list_widgets: z.array(searchWidgetSchema).optional(),
  pagination: z.looseObject({
    has_next_page: z.boolean().optional(),
    is_first_page: z.boolean().optional(),
    // The cursor: echo it back untouched as `pagination_data` for the next page.
    data: looseRecord.optional(),
  }),
  action_log: z
    .looseObject({
      server_side_info: z.looseObject({ info: searchPageInfoSchema.optional() }).optional(),
    })
    .optional(),
  search_id: z.string().optional(),
  map_data: z
    .looseObject({
      state: z
        .looseObject({
          camera_info: z.looseObject({ place_hash: z.string().optional() }).optional(),
        })
        .optional(),
      post_count: z.number().optional(),
    })
    .optional(),
  seo_details: z
    .looseObject({
      title: z.string().optional(),
      description: z.string().optional(),
      headline: z.string().optional(),
      bread_crumb: z
        .array(
          z.looseObject({
            name: z.string().optional(),
            search_data: searchDataRefSchema.optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  show_no_search_result_notice: z.boolean().optional(),
});

/** A parsed search response. */
export type SearchResponse = z.infer<typeof searchResponseSchema>;
/** A parsed search card. */
export type PostRowWidget = z.infer<typeof postRowSchema>;
/** One parsed entry of `list_widgets`. */
export type SearchWidget = z.infer<typeof searchWidgetSchema>;
/** The parsed page-level action log info. */
export type SearchPageInfo = z.infer<typeof searchPageInfoSchema>;
