import { createHash } from 'node:crypto';
import type { CorpusListing } from '../corpus/types.ts';
import { icon } from './widget-parts.ts';

/** The "بررسی و کارشناسی" (inspection services) selector of real-estate posts, as in gammaxvi. */
export function inspectionRow(listing: CorpusListing, cityId: number): Record<string, unknown> {
  const hex = createHash('sha256').update(`trace:${listing.token}`).digest('hex');
  const traceId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const lead = { touchpoint: 'DEMAND_POST', source: 'DEMAND_POST', lead_source: 'DEMAND' };
  return {
    widget_type: 'SELECTOR_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.SelectorRowData',
      title: 'بررسی و کارشناسی',
      action: {
        type: 'OPEN_PAGE',
        payload: {
          '@type': 'type.googleapis.com/widgets.OpenPagePayload',
          request_http_method: 'POST',
          request_data: {
            '@type':
              'type.googleapis.com/service_providers.GetServiceProvidersPageRequest.RequestData',
            source_v2: 'DEMAND_POST',
            filter: {
              service_types: ['REPORT_INSPECTION'],
              city_id: cityId,
              category: listing.category,
              post_token: listing.token,
              touchpoint: 'DEMAND_POST',
            },
            action_data_builder: {
              conversation_id: listing.token,
              post_token: listing.token,
              ...lead,
            },
            display_data: { page_title: 'بررسی و کارشناسی' },
            trace_id: traceId,
            source: 'DEMAND_POST',
            lead_source: 'DEMAND',
          },
          specification: {
            '@type': 'type.googleapis.com/widgets.OpenPagePayload.SimplePageSpecification',
          },
          is_modal: true,
          rest_request_path: '/v8/open-platform/service-providers',
          grpc_request_path: '/service_providers.ServiceProviders/GetServiceProvidersPage',
        },
      },
      has_divider: true,
      icon: icon('ARTICLE_MAGNIFIER', 'ICON_SECONDARY', 'article-magnifier'),
      has_arrow: true,
      last_notification_date: '0001-01-01T00:00:00Z',
    },
  };
}
