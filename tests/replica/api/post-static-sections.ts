/** NOTE, STATIC and BUSINESS_SECTION of a post: the same for every post apart from its token. */
import { createHash } from 'node:crypto';
import type { CorpusListing } from '../corpus/types.ts';
import { icon } from './widget-parts.ts';

type Widget = Record<string, unknown>;

/** NOTE: "یادداشت من" with its edit/delete menu. */
export function noteSection(token: string): Widget[] {
  const edit = {
    type: 'NOTE',
    payload: {
      '@type': 'type.googleapis.com/widgets.NotePayload',
      post_token: token,
      max_character_count: 256,
    },
  };
  const remove = {
    type: 'MAKE_NETWORK_CALL',
    payload: {
      '@type': 'type.googleapis.com/widgets.MakeNetworkCallPayload',
      grpc_request_path: '/yaad_v2.YaadV2/DeleteNoteV2',
      rest_request_path: '/yaad/delete-note-v2',
      request_data: {
        '@type': 'type.googleapis.com/yaad_v2.DeleteNoteV2Request.RequestData',
        token,
      },
      needs_auth: true,
    },
  };
  const items = [
    {
      text: 'ویرایش یادداشت',
      icon: icon('EDIT', 'ICON_SECONDARY'),
      action: edit,
      alignment: 'RIGHT',
    },
    {
      text: 'حذف یادداشت',
      icon: icon('TRASH_O', 'ICON_PRIMARY'),
      action: remove,
      alignment: 'RIGHT',
      state: 'STATE_NEGATIVE',
    },
  ];
  const menu = {
    type: 'LOAD_MENU',
    payload: {
      '@type': 'type.googleapis.com/widgets.LoadMenuPayload',
      menu: { items, banner: {} },
      display_type: 'LOAD_MENU_DISPLAY_TYPE_BOTTOM_SHEET',
    },
  };
  return [
    {
      widget_type: 'NOTE',
      data: {
        '@type': 'type.googleapis.com/widgets.NoteData',
        title: 'یادداشت من',
        button_title: 'ویرایش یادداشت',
        post_token: token,
        icon_button: { icon: icon('MORE_VERT', 'ICON_SECONDARY'), action: menu },
      },
    },
  ];
}

/** STATIC: the "گزارش آگهی" selector. */
export function staticSection(token: string): Widget[] {
  return [
    {
      widget_type: 'SELECTOR_ROW',
      data: {
        '@type': 'type.googleapis.com/widgets.SelectorRowData',
        title: 'گزارش آگهی',
        action: {
          type: 'OPEN_FORM_PAGE',
          payload: {
            '@type': 'type.googleapis.com/widgets.OpenFormPagePayload',
            grpc_servicer: '/post_quality.PostQualityFeedback/GetFeedbackForm',
            request_data: {
              '@type': 'type.googleapis.com/post_quality.GetFeedbackFormRequest.RequestData',
              post_token: token,
            },
            rest_request_path: '/v8/post-quality/feedback-form',
          },
        },
        has_divider: true,
        icon: icon('REPORT', 'ICON_SECONDARY'),
        last_notification_date: '0001-01-01T00:00:00Z',
      },
    },
  ];
}

/** BUSINESS_SECTION: the lazy agency card of business posts. */
export function businessSection(listing: CorpusListing): Widget[] {
  const owner = createHash('sha256')
    .update(`owner:${listing.agencyName ?? listing.token}`)
    .digest('hex');
  return [
    {
      widget_type: 'LAZY_SECTION',
      data: {
        '@type': 'type.googleapis.com/widgets.LazySectionData',
        rest_request_path: `/v8/premium-user/post-page/business-data/${listing.token}/lazy`,
        grpc_request_path: '/premium_panel.PremiumPanel/GetPostBusinessLazyWidgets',
        request_data: {
          '@type':
            'type.googleapis.com/premium_panel.GetPostBusinessLazyWidgetsRequest.RequestData',
          post_token: listing.token,
          hashed_post_owner_user_id: owner,
          post_business_type: listing.businessType,
        },
      },
    },
  ];
}
