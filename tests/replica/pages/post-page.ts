/** A server-rendered /v/ page for the samples and generated listings (404 page otherwise). */
import { buildPostDetail } from '../api/post-detail.ts';
import { readSamplePostText } from '../corpus/samples.ts';
import { findCategory } from '../data/categories.ts';
import { findCity } from '../data/place-lookup.ts';
import { htmlResponse, type ReplicaResponse } from '../server/http-types.ts';
import type { ReplicaState } from '../server/state.ts';
import { at, listAt, textAt } from '../util/json-path.ts';
import { errorPage } from './error-page.ts';
import { escapeHtml, navBar, renderPage } from './html.ts';
import { pagePost } from './post-state.ts';

/** The post token of a /v/ path: its last non-empty segment (/v/<slug>/<token>, /v/<token>, /v/-/<token>). */
export function tokenOfPostPath(pathname: string): string {
  return pathname.split('/').filter(Boolean).at(-1) ?? '';
}

function widgetsOf(post: unknown, section: string): unknown[] {
  return listAt(
    listAt(post, 'sections').find((s) => textAt(s, 'section_name') === section),
    'widgets',
  );
}

function listDataMarkup(post: unknown): string {
  return widgetsOf(post, 'LIST_DATA')
    .map((widget) => {
      const type = textAt(widget, 'widget_type');
      if (type === 'GROUP_INFO_ROW') {
        const items = listAt(widget, 'data', 'items');
        const cells = (key: string, tag: string) =>
          items
            .map(
              (item) =>
                `<${tag} class="kt-group-row-item__${key}">${escapeHtml(textAt(item, key))}</${tag}>`,
            )
            .join('');
        return `<table class="kt-group-row"><thead><tr>${cells('title', 'th')}</tr></thead><tbody><tr>${cells('value', 'td')}</tr></tbody></table>`;
      }
      if (type === 'UNEXPANDABLE_ROW') {
        return `<div class="kt-base-row kt-unexpandable-row"><p class="kt-unexpandable-row__title">${escapeHtml(textAt(widget, 'data', 'title'))}</p><p class="kt-unexpandable-row__value">${escapeHtml(textAt(widget, 'data', 'value'))}</p></div>`;
      }
      return '';
    })
    .join('\n');
}

function postMarkup(post: unknown, token: string, citySlug: string): string {
  const [legend, expandable] = widgetsOf(post, 'TITLE');
  const crumbs = listAt(widgetsOf(post, 'BREADCRUMB')[0], 'data', 'parent_items').map((item) => {
    const slug = textAt(
      item,
      'action',
      'payload',
      'search_data',
      'form_data',
      'data',
      'category',
      'str',
      'value',
    );
    return `<li class="kt-breadcrumbs__item"><a class="kt-breadcrumbs__action" href="/s/${citySlug}/${findCategory(slug)?.urlPath ?? slug}">${escapeHtml(textAt(item, 'title'))}</a></li>`;
  });
  const description = widgetsOf(post, 'DESCRIPTION').find(
    (w) => textAt(w, 'widget_type') === 'DESCRIPTION_ROW',
  );
  const contactUuid = escapeHtml(textAt(post, 'contact', 'contact_uuid'));
  return `<nav aria-label="breadcrumbs"><ol class="kt-breadcrumbs">${crumbs.join('')}</ol></nav>
<article class="post-page"><section><div class="kt-page-title"><h1 class="kt-page-title__title">${escapeHtml(textAt(legend, 'data', 'title'))}</h1></div>
<p class="kt-info-row__title">${escapeHtml(textAt(expandable, 'data', 'title'))}</p><p class="kt-description-row__text kt-description-row__text--small">${escapeHtml(textAt(expandable, 'data', 'widget_list', 0, 'data', 'text'))}</p>
<div class="post-actions"><button type="button" class="kt-button kt-button--primary post-actions__get-contact" data-token="${escapeHtml(token)}" data-contact-uuid="${contactUuid}">اطلاعات تماس</button><p class="post-actions__contact-result"></p></div>
<div class="post-page__section--padded">${listDataMarkup(post)}</div>
<div class="kt-description-row"><p class="kt-description-row__text kt-description-row__text--primary">${escapeHtml(textAt(description, 'data', 'text'))}</p></div></section></article>`;
}

/** Renders /v/…/<token>. */
export function renderPostPage(url: URL, state: ReplicaState, loggedIn: boolean): ReplicaResponse {
  const token = tokenOfPostPath(url.pathname);
  const sample = readSamplePostText(token);
  const listing = state.corpus.get(token);
  const post: unknown =
    sample !== undefined
      ? JSON.parse(sample)
      : listing && buildPostDetail(listing, state.corpus.now);
  if (post === undefined) return errorPage(404, 'این آگهی پیدا نشد');
  const citySlug = findCity(Number(textAt(post, 'city', 'city_id')))?.slug ?? 'tehran';
  const pageState = {
    currentPost: {
      renderPostSuccess: true,
      sourceType: 'direct_link',
      getContactBlocked: false,
      getContactBlockedError: null,
      post: pagePost(post, token),
      hasError: false,
      hasSSRUnauthorizedError: false,
    },
    httpError: { is404: false, is410: false, is301: false, is302: false },
    user: { isLoggedIn: loggedIn },
  };
  const app = `${navBar(citySlug)}<main>${postMarkup(post, token, citySlug)}</main>`;
  return htmlResponse(
    200,
    renderPage({ title: textAt(at(post, 'seo'), 'title') || 'دیوار', app, state: pageState }),
  );
}
