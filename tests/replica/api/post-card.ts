/** The `POST_ROW` search card of a listing, field for field as in the page-1 sample. */
import type { CorpusListing } from '../corpus/types.ts';
import { findCity } from '../data/place-lookup.ts';
import { toPersianDigits } from '../util/persian.ts';
import { microsToIso } from '../util/time.ts';
import { cardTexts, districtName } from './card-texts.ts';
import { actionLog, icon } from './widget-parts.ts';

/** Search-level data every card of a page echoes in its action log. */
export interface CardContext {
  searchUid: string;
  jli: Record<string, unknown>;
  searchData: Record<string, unknown>;
  /** The corpus "now" card relative times are measured from. */
  now: number;
  /** Set on recommendation cards (they also carry `last_post_sort_date`). */
  recommendation?: { page: number; lastPostSortDate: string };
}

function menu(listing: CorpusListing) {
  const viewPost = {
    '@type': 'type.googleapis.com/widgets.ViewPostPayload',
    token: listing.token,
    web_info: { title: listing.title, open_new_tab: true },
  };
  const bookmark = {
    '@type': 'type.googleapis.com/widgets.MakeNetworkCallPayload',
    grpc_request_path: '/yaad_v2.YaadV2/SetBookmarkV2',
    rest_request_path: '/yaad/bookmark-v2',
    request_data: {
      '@type': 'type.googleapis.com/yaad_v2.SetBookmarkV2Request.RequestData',
      token: listing.token,
    },
    needs_auth: true,
  };
  const items = [
    {
      text: 'نشان کردن',
      icon: icon('BOOKMARK_BORDER', 'ICON_SECONDARY'),
      action: { type: 'MAKE_NETWORK_CALL', payload: bookmark },
      alignment: 'RIGHT',
    },
    {
      text: 'باز کردن در صفحه جدید',
      icon: icon('ADD_CIRCLE_OUTLINE', 'ICON_SECONDARY'),
      action: { type: 'VIEW_POST', payload: viewPost },
      alignment: 'RIGHT',
    },
  ];
  return {
    type: 'LOAD_MENU',
    payload: {
      '@type': 'type.googleapis.com/widgets.LoadMenuPayload',
      menu: { items, banner: {} },
      display_type: 'LOAD_MENU_DISPLAY_TYPE_BOTTOM_SHEET',
    },
  };
}

// The placeholders keep the sample's key order (image_url, bottom, middle, has_divider, image_count…);
// the real texts overwrite them in buildPostRow.
function imageFields(listing: CorpusListing) {
  const [first] = listing.images;
  if (first === undefined) return {};
  return {
    image_url: first.thumbnailUrl,
    bottom_description_text: '',
    middle_description_text: '',
    has_divider: true,
    image_count: listing.images.length,
    image_top_left_tag: {
      text: toPersianDigits(listing.images.length),
      icon: icon('CAMERA', 'WHITE_PRIMARY'),
      is_icon_left: true,
    },
  };
}

/** Builds one POST_ROW widget at position `index` of a page. */
export function buildPostRow(listing: CorpusListing, index: number, ctx: CardContext) {
  const texts = cardTexts(listing, ctx.now);
  const tracker = `${ctx.searchUid}_${listing.token}_N`;
  const webInfo = {
    title: listing.title,
    district_persian: districtName(listing),
    city_persian: findCity(listing.cityId)?.name ?? '',
  };
  const data: Record<string, unknown> = {
    '@type': 'type.googleapis.com/widgets.PostRowData',
    title: listing.title,
    action: {
      type: 'VIEW_POST',
      payload: {
        '@type': 'type.googleapis.com/widgets.ViewPostPayload',
        token: listing.token,
        web_info: webInfo,
        ad_instance_id: tracker,
      },
    },
    ...imageFields(listing),
    ...(texts.top === undefined ? {} : { top_description_text: texts.top }),
    bottom_description_text: texts.bottom,
    middle_description_text: texts.middle,
    ...(texts.red === undefined ? {} : { red_text: texts.red }),
    has_divider: true,
    long_press_action: menu(listing),
    token: listing.token,
    should_indicate_seen_status: true,
    tracker_session_id: tracker,
    layout_type: 'GRID_ITEM',
  };
  const rec = ctx.recommendation;
  const extraData = {
    '@type': 'type.googleapis.com/action_log.PostItemInfo.SearchExtraData',
    jli: ctx.jli,
    ...(rec ? { last_post_sort_date: rec.lastPostSortDate } : {}),
    search_uid: ctx.searchUid,
    search_data: ctx.searchData,
    ...(rec ? { page: rec.page } : {}),
  };
  const info = {
    '@type': 'type.googleapis.com/action_log.PostItemInfo',
    post_token: listing.token,
    index,
    post_type: 'SEARCH',
    list_type: 'PAGE',
    source_page: 'POST_LIST_PAGE',
    extra_data: extraData,
    sort_date: microsToIso(listing.sortDateMicros),
  };
  return { widget_type: 'POST_ROW', data, action_log: actionLog(info, 'POST_ITEM') };
}
