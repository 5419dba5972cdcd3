/** Small widget fragments repeated across cards and post sections (icons, action logs). */

/** A divar widget icon object (`image_url_dark`, `image_url_light`, `icon_name`, `icon_color`). */
export function icon(name: string, color: string, file = name.toLowerCase()) {
  const folder = color.toLowerCase();
  const base = 'https://s100.divarcdn.com/static/imgs/widget-icons';
  return {
    image_url_dark: `${base}/dark/${folder}/v1/${file}.png`,
    image_url_light: `${base}/light/${folder}/v1/${file}.png`,
    icon_name: name,
    icon_color: color,
  };
}

/** `{server_side_info: {info, item_type: {type}}, enabled: true}`. */
export function actionLog(info: Record<string, unknown> | undefined, type: string) {
  const serverSideInfo =
    info === undefined ? { item_type: { type } } : { info, item_type: { type } };
  return { server_side_info: serverSideInfo, enabled: true };
}

/** A breadcrumb/tag action that opens a search for the given form data. */
export function openPostListAction(data: Record<string, unknown>) {
  return {
    type: 'OPEN_POSTLIST_PAGE_GRPC',
    payload: {
      '@type': 'type.googleapis.com/widgets.OpenPostListPageGRPCPayload',
      search_data: { form_data: { data } },
      source_view: 'CATEGORY_BREAD_CRUMB',
      source_view_str: 'CATEGORY_BREAD_CRUMB',
    },
  };
}

/** `{category: {str: {value}}}` plus optional districts, as in breadcrumbs and tags. */
export function categoryFormData(category: string | undefined, districtId?: number) {
  const data: Record<string, unknown> = {};
  if (category !== undefined) data.category = { str: { value: category } };
  if (districtId !== undefined)
    data.districts = { repeated_string: { value: [String(districtId)] } };
  return data;
}

/** An UNEXPANDABLE_ROW (title / value line of a post's LIST_DATA). */
export function unexpandableRow(title: string, value: string): Record<string, unknown> {
  return {
    widget_type: 'UNEXPANDABLE_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.UnexpandableRowData',
      title,
      value,
      has_divider: true,
    },
  };
}

/** A GROUP_INFO_ROW (the row of small title/value cells at the top of LIST_DATA). */
export function groupInfoRow(items: [string, string][]): Record<string, unknown> {
  return {
    widget_type: 'GROUP_INFO_ROW',
    data: {
      '@type': 'type.googleapis.com/widgets.GroupInfoRow',
      items: items.map(([title, value]) => ({ title, value })),
      has_divider: true,
    },
  };
}
