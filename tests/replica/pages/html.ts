/** HTML helpers: escaping, the inline page state script, and the page shell every page shares. */
import { SPA_SCRIPT } from './spa-script.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `window.__PRELOADED_STATE__ = {…};` with "/" written as \u002F (as divar does) and "<" escaped. */
export function preloadedStateScript(state: unknown): string {
  const json = JSON.stringify(state).replace(/\//g, '\\u002F').replace(/</g, '\\u003C');
  return `<script>window.__PRELOADED_STATE__ = ${json};</script>`;
}

const STYLE = `body{font-family:Tahoma,sans-serif;margin:0;background:#fff;color:#2a2a30}
a{color:inherit;text-decoration:none}.nav-bar{display:flex;gap:16px;padding:12px 24px;border-bottom:1px solid #eee}
main{max-width:1100px;margin:0 auto;padding:16px}#post-list-container-id{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
.unsafe-kt-post-card{border:1px solid #eee;border-radius:8px;padding:12px}.unsafe-kt-post-card__title{font-size:1rem;margin:0 0 8px}
.unsafe-kt-post-card__description,.unsafe-kt-post-card__bottom-description{font-size:.85rem;color:#666}
.kt-unexpandable-row{display:flex;justify-content:space-between;border-bottom:1px solid #eee;padding:8px 0}`;

/** A full Persian, right-to-left page: #app holds the visible markup, the state script follows it. */
export function renderPage(options: {
  title: string;
  app: string;
  state: unknown;
  status?: number;
  /** A script run after the page's own (the bench's heavy page). */
  extraScript?: string;
}): string {
  return `<!doctype html>
<html lang="fa" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
</head>
<body dir="rtl">
<div id="app">${options.app}</div>
${preloadedStateScript(options.state)}
<script>${SPA_SCRIPT}</script>
${options.extraScript ? `<script>${options.extraScript}</script>` : ''}
</body>
</html>
`;
}

/** The site header with a few navigation links. */
export function navBar(citySlug = 'tehran'): string {
  return `<header class="nav-bar"><a href="/">دیوار</a><a href="/s/${citySlug}">همهٔ آگهی‌ها</a><a href="/s/${citySlug}/buy-apartment">فروش آپارتمان</a><a href="/s/${citySlug}/rent-apartment">اجارهٔ آپارتمان</a><a href="/s/${citySlug}/car">خودرو</a></header>`;
}
