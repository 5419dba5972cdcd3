/** The consent page oauth.divar.ir shows: which app asks for what, approve or refuse. */
import { htmlResponse, type ReplicaResponse } from '../server/http-types.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for one pending consent (`challenge`). */
export function consentPage(
  app: string,
  phone: string,
  scopes: string[],
  challenge: string,
): ReplicaResponse {
  const decide = (decision: string) =>
    `/oauth2/auth/decide?challenge=${encodeURIComponent(challenge)}&amp;decision=${decision}`;
  const items = scopes
    .map((scope) => `<li><code dir="ltr">${escapeHtml(scope)}</code></li>`)
    .join('');
  return htmlResponse(
    200,
    `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>ورود با دیوار</title></head>
<body><main>
<h1>برنامهٔ «<span data-testid="consent-app">${escapeHtml(app)}</span>» اجازه می‌خواهد</h1>
<p>حساب: <span dir="ltr" data-testid="consent-phone">${escapeHtml(phone)}</span></p>
<ul data-testid="consent-scopes">${items}</ul>
<a id="approve" data-testid="consent-approve" href="${decide('approve')}">اجازه می‌دهم</a>
<a id="deny" data-testid="consent-deny" href="${decide('deny')}">رد می‌کنم</a>
</main></body></html>`,
  );
}

/** The page Hydra shows when it cannot even redirect back (unknown app, unregistered URL). */
export function oauthErrorPage(error: string, description: string): ReplicaResponse {
  return htmlResponse(
    400,
    `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>خطا</title></head>
<body><h1 data-testid="oauth-error">${escapeHtml(error)}</h1><p>${escapeHtml(description)}</p></body></html>`,
  );
}
