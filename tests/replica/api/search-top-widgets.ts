import type { SearchQuery } from './search-request.ts';
import { searchHeadline } from './search-seo.ts';
import { actionLog, icon } from './widget-parts.ts';

/** `list_top_widgets` of page 1: headline, "notify me" toggle, map post count. */
export function topWidgets(query: SearchQuery, searchHash: string) {
  return [
    {
      widget_type: 'POST_LIST_HEADLINE',
      data: {
        '@type': 'type.googleapis.com/widgets.PostListHeadline',
        text: searchHeadline(query),
      },
    },
    {
      widget_type: 'SEARCH_ALERT_TOGGLE_ROW',
      data: {
        '@type': 'type.googleapis.com/widgets.SearchAlertToggleRowData',
        title: 'آگهی جدید اومد خبرم کن',
        icon: icon('BELL', 'ICON_SECONDARY'),
        search_hash: searchHash,
        has_divider: true,
        push_notification_info_box: {
          title: 'دیوار برای خبردادن انتشار آگهی‌های جدید به دسترسی ارسال نوتیفیکیشن نیاز دارد.',
          button_text: 'دادن دسترسی ارسال نوتیفیکیشن',
          dismiss_time_seconds: '604800',
        },
      },
      action_log: actionLog(undefined, 'SEARCH_ALERT_TOGGLE'),
      uid: 'search_alert_toggle_row',
    },
    {
      widget_type: 'MAP_POST_COUNT_ROW',
      data: { '@type': 'type.googleapis.com/widgets.MapPostCountRowData' },
      uid: 'map_post_count_row',
    },
  ];
}
