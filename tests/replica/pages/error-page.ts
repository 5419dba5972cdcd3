import { htmlResponse, type ReplicaResponse } from '../server/http-types.ts';
import { escapeHtml, navBar, renderPage } from './html.ts';

/** A 404 (or other error) page with `httpError.is404` in its state. */
export function errorPage(status: number, message: string): ReplicaResponse {
  const app = `${navBar()}<main class="error-page"><h1 class="kt-page-title__title">${escapeHtml(message)}</h1><a href="/">بازگشت به صفحهٔ اصلی</a></main>`;
  const state = {
    httpError: { is404: status === 404, is410: false, is301: false, is302: false },
    currentPost: { post: null, hasError: status !== 200 },
  };
  return htmlResponse(status, renderPage({ title: `${message} | دیوار`, app, state }));
}
