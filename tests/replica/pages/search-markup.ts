/** Visible markup of a /s/ page: the post cards (divar's unsafe-kt-post-card classes, NOTES §7). */

import { postPath } from '../util/slug.ts';
import { escapeHtml } from './html.ts';

type Widget = { widget_type?: string; data?: Record<string, unknown> };

function card(data: Record<string, unknown>): string {
  const title = String(data.title ?? '');
  const text = (key: string) => escapeHtml(String(data[key] ?? ''));
  const image =
    typeof data.image_url === 'string'
      ? `<div class="unsafe-kt-post-card__thumbnail"><picture><img class="kt-image-block__image" data-src="${escapeHtml(data.image_url)}" alt="${escapeHtml(title)}"></picture></div>`
      : '';
  const red = data.red_text
    ? `<span class="unsafe-kt-post-card__red-text">${text('red_text')}</span>`
    : '';
  return `<div class="post-list__widget-col"><article class="unsafe-kt-post-card unsafe-kt-post-card--outlined unsafe-kt-post-card--has-action" data-token="${escapeHtml(String(data.token))}">
<a class="unsafe-kt-post-card__action" href="${postPath(title, String(data.token))}"><div class="unsafe-kt-post-card__info">
<h2 class="unsafe-kt-post-card__title">${escapeHtml(title)}</h2>
<div class="unsafe-kt-post-card__description">${text('top_description_text')}</div>
<div class="unsafe-kt-post-card__description">${text('middle_description_text')}</div>
<div class="unsafe-kt-post-card__bottom">${red}<span class="unsafe-kt-post-card__bottom-description kt-text-truncate" title="${text('bottom_description_text')}">${text('bottom_description_text')}</span></div>
</div>${image}</a></article></div>`;
}

function row(widget: Widget): string {
  if (widget.widget_type === 'POST_ROW' && widget.data) return card(widget.data);
  if (widget.widget_type === 'SELECTOR_ROW') {
    return `<div class="post-list__similar-header"><hr class="kt-divider"><p class="kt-selector-row__title">${escapeHtml(String(widget.data?.title ?? ''))}</p><p class="kt-selector-row__description">${escapeHtml(String(widget.data?.description ?? ''))}</p></div>`;
  }
  return '';
}

/** The list container with one article per POST_ROW (and the "آگهی‌های مشابه" header). */
export function postListMarkup(widgets: readonly Widget[]): string {
  return `<div id="post-list-container-id" class="post-list__container">${widgets.map(row).join('\n')}</div>`;
}
