/** The TITLE section of a generated post: legend title, publish/bump dates, fraud-alert selector. */
import type { CorpusListing } from '../corpus/types.ts';
import { categoryChain } from '../data/categories.ts';
import { findCity, findDistrict } from '../data/place-lookup.ts';
import { formatJalaliDateTime } from '../util/jalali.ts';
import { relativeTimeFa } from '../util/persian.ts';
import { actionLog, icon } from './widget-parts.ts';

type Widget = Record<string, unknown>;
const T = (name: string) => `type.googleapis.com/widgets.${name}`;

/** TITLE: legend title, the expandable "انتشار آگهی" dates, the fraud-alert selector. */
export function titleSection(listing: CorpusListing, now: number): Widget[] {
  const sortMs = listing.sortDateMicros / 1000;
  const bumped = listing.redTags.includes('نردبان شده');
  const lines = [`انتشار آگهی: ${formatJalaliDateTime(listing.publishedAt)}`];
  if (bumped) lines.push(`آخرین نردبان: ${formatJalaliDateTime(sortMs)}`);
  lines.push(`آخرین به‌روزرسانی: ${formatJalaliDateTime(sortMs + (bumped ? 60_000 : 0))}`);
  const where = `${findCity(listing.cityId)?.name ?? ''}، ${findDistrict(listing.districtId)?.name ?? ''}`;
  const isJob = categoryChain(listing.category)[0]?.slug === 'jobs';
  return [
    {
      widget_type: 'LEGEND_TITLE_ROW',
      data: {
        '@type': T('LegendTitleRowData'),
        title: listing.title,
        high_level_heading: true,
        padding: 'NO_PADDING',
      },
    },
    {
      widget_type: 'EXPANDABLE_SECTION',
      data: {
        '@type': T('ExpandableSectionData'),
        widget_list: [
          {
            widget_type: 'DESCRIPTION_ROW',
            data: {
              '@type': T('DescriptionRowData'),
              text: lines.join('\n'),
              is_primary: true,
              small: true,
              text_alignment: 'RIGHT',
            },
          },
        ],
        title: `${relativeTimeFa(now - sortMs)} در ${where}`,
        icon: {},
      },
    },
    {
      widget_type: 'SELECTOR_ROW',
      data: {
        '@type': T('SelectorRowData'),
        title: isJob ? 'زنگ خطرهای قبل از همکاری' : 'زنگ خطرهای قبل از معامله',
        action: {
          type: 'OPEN_PAGE',
          payload: {
            '@type': T('OpenPagePayload'),
            request_http_method: 'POST',
            request_data: {
              '@type': 'type.googleapis.com/post_api_v2.GetFraudAlertPageRequest.Data',
              category: listing.category,
            },
            specification: {
              '@type': T('OpenPagePayload.SimplePageSpecification'),
              navigation_button: 'BACK',
            },
            is_modal: true,
            rest_request_path: '/v8/postview/fraud-alert',
            grpc_request_path: '/post_api_v2.PostApi/GetFraudAlertPage',
          },
        },
        has_divider: true,
        icon: icon('WARNING', 'ICON_SECONDARY'),
        has_arrow: true,
        last_notification_date: '0001-01-01T00:00:00Z',
      },
      action_log: actionLog(
        { '@type': 'type.googleapis.com/action_log.PostWarningInfo', post_token: listing.token },
        'POST_WARNING',
      ),
    },
  ];
}
