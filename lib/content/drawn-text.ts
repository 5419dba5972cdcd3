/**
 * CSS that draws an element's `data-text` as its content. Text drawn so is seen by the user (and
 * read by screen readers) but sits in no text node, so a page script's `window.find()`, which
 * searches even closed shadow roots, cannot find it; nor can selections or copies.
 */
export const DRAWN_TEXT_CSS = '[data-text]::before { content: attr(data-text); }';

/** Shows `text` in `el` as drawn text (see DRAWN_TEXT_CSS), named for assistive technology too. */
export function setDrawnText(el: Element, text: string): void {
  if (el.getAttribute('data-text') === text) return;
  el.setAttribute('data-text', text);
  el.setAttribute('aria-label', text);
}

/** The drawn text of `el` ('' when none). */
export function drawnText(el: Element | null | undefined): string {
  return el?.getAttribute('data-text') ?? '';
}
