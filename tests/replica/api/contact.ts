/** `POST /v8/postcontact/web/contact_info_v2/{token}` (NOTES §5): session, captcha, number. */
import type { CorpusListing } from '../corpus/types.ts';
import { jsonResponse, type ReplicaResponse, type RouteContext } from '../server/http-types.ts';
import { toPersianDigits } from '../util/persian.ts';
import { badRequest } from './errors.ts';
import { checkSession } from './session.ts';
import { expiryRule, jwtExpiredResponse } from './session-routes.ts';
import { actionLog } from './widget-parts.ts';

const HIP_BODY = {
  hip_action: {
    type: 'OPEN_CAPTCHA',
    payload: {
      '@type': 'type.googleapis.com/widgets.OpenCaptchaPayload',
      provider: 'ARCAPTCHA',
      site_key: 'fctd38ygaj',
    },
  },
  message: 'برای ادامه، کپچا را حل کنید.',
};

function captchaResponse(mode: string): ReplicaResponse {
  if (mode === 'forbidden') {
    return {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'captcha challenge',
      faultTags: ['captcha'],
    };
  }
  return { ...jsonResponse(mode === 'hip-403' ? 403 : 200, HIP_BODY), faultTags: ['captcha'] };
}

function contactBody(listing: CorpusListing) {
  const hidden = listing.contactMethod !== 'CALL';
  const data = hidden
    ? {
        '@type': 'type.googleapis.com/widgets.UnexpandableRowData',
        title: 'شماره مخفی شده است',
        value: '',
        has_divider: true,
      }
    : {
        '@type': 'type.googleapis.com/widgets.UnexpandableRowData',
        title: 'شمارهٔ موبایل',
        value: toPersianDigits(listing.phone),
        action: {
          type: 'CALL_PHONE',
          payload: {
            '@type': 'type.googleapis.com/widgets.CallPhonePayload',
            phone_number: listing.phone,
          },
        },
        has_divider: true,
      };
  const info = {
    '@type': 'type.googleapis.com/action_log.ContactInfoInfo',
    post_token: listing.token,
    contact_uuid: listing.contactUuid,
    contact_method: listing.contactMethod,
  };
  return {
    widget_list: [
      { widget_type: 'UNEXPANDABLE_ROW', data, action_log: actionLog(info, 'CONTACT_INFO') },
    ],
  };
}

/** Answers a contact request: 401 without session, 403 "jwt is expired" (also under `sessionExpired`), captcha, 404, 400, or the number. */
export function answerContact(context: RouteContext, readBody: () => unknown): ReplicaResponse {
  const { state, request, params } = context;
  const session = checkSession(request, expiryRule(state));
  if (session.kind === 'missing')
    return jsonResponse(401, {
      error: { code: 'UNAUTHENTICATED', message: 'RBAC: access denied' },
    });
  if (session.kind === 'expired') return jwtExpiredResponse();
  const settings = state.faults.get();
  const limitReached =
    settings.captchaAfter !== null && state.contactsServed >= settings.captchaAfter;
  const captcha = settings.captcha !== 'off' ? settings.captcha : limitReached ? 'hip' : 'off';
  if (captcha !== 'off') return captchaResponse(captcha);
  const listing = state.corpus.get(params[0] ?? '');
  if (listing === undefined) return jsonResponse(404, { message: 'آگهی یافت نشد' });
  const body = readBody() as { contact_uuid?: unknown };
  if (body?.contact_uuid !== listing.contactUuid)
    throw badRequest('contact_uuid does not match the post', 'contact_uuid');
  if (listing.contactMethod !== 'CALL') return jsonResponse(200, contactBody(listing));
  state.contactsServed += 1;
  const rollback = () => {
    state.contactsServed -= 1;
  };
  return { ...jsonResponse(200, contactBody(listing)), rollback };
}
