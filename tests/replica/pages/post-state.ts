/**
 * posts-v2 JSON → `state.currentPost.post` as the real /v/ page holds it (Top-Divar's captured
 * post_page_gap5_twe.html): camelCase `seo` with snake `webInfo` inside, `city{id,slug,parent,name}`,
 * and `sections` as an object keyed by section name whose items wrap each widget in `.dto`.
 */
import { createHash } from 'node:crypto';
import { at, listAt, textAt } from '../util/json-path.ts';

function uid(...parts: (string | number)[]): string {
  const hex = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function normalizedWidget(widget: unknown, token: string, section: string, index: number) {
  const key = uid(token, section, index);
  return {
    widgetType: textAt(widget, 'widget_type'),
    visibilityConditions: [],
    uid: key,
    normalizerId: uid('normalizer', token, section, index),
    dto: { ...(widget as Record<string, unknown>), visibility_condition: [], uid: '' },
    KEY_PROP_NAME: key,
    __NORMALIZED_WIDGET_V2__: true,
  };
}

/** The page-state form of a posts-v2 response. */
export function pagePost(post: unknown, token: string) {
  const seo = at(post, 'seo');
  return {
    seo: {
      title: textAt(seo, 'title'),
      description: textAt(seo, 'description'),
      androidPackageName: textAt(seo, 'android_package_name'),
      androidAppUrl: textAt(seo, 'android_app_url'),
      webInfo: at(seo, 'web_info'),
      unavailableAfter: textAt(seo, 'unavailable_after'),
      breadcrumbs: listAt(seo, 'bread_crumb').map((crumb) => ({
        name: textAt(crumb, 'name'),
        searchData: { formData: at(crumb, 'search_data', 'form_data', 'data') ?? {} },
      })),
      imageUrl: textAt(seo, 'image_url'),
    },
    city: {
      id: textAt(post, 'city', 'city_id'),
      slug: textAt(post, 'city', 'second_slug'),
      parent: textAt(post, 'city', 'parent_id'),
      name: textAt(post, 'city', 'name'),
    },
    contact: {
      apply_enabled: false,
      contact_encrypted_data: '',
      action_log: at(post, 'contact', 'action_log'),
      tracker_session_id: '',
      shopLinkEnabled: false,
      chatEnabled: at(post, 'contact', 'chat_enabled') === true,
      chatAssistantEnabled: false,
      isExperimentEnabled: false,
      suspicionAlert: null,
      mainButtonOverride: {},
      contactUUID: textAt(post, 'contact', 'contact_uuid'),
      isSecureCallEnabled: false,
    },
    loading: false,
    token,
    analytics: at(post, 'analytics'),
    sections: Object.fromEntries(
      listAt(post, 'sections').map((section) => {
        const name = textAt(section, 'section_name');
        return [
          name,
          listAt(section, 'widgets').map((widget, index) =>
            normalizedWidget(widget, token, name, index),
          ),
        ];
      }),
    ),
    share: { ...(at(post, 'share') as Record<string, unknown>), image_url: '' },
    webengage: at(post, 'webengage'),
  };
}
