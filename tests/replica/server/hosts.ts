/**
 * Which route groups serve which host. divar.ir pages and the control API share a host; Kenar
 * (open-api.divar.ir, oauth.divar.ir) and Pishkhan (api.pishkhan.cafebazaar.ir) each carry their
 * own control routes beside their API; the partner portal ingatlanok.hu has both its systems; the alert fakes play Telegram's and
 * Bale's Bot API and a webhook receiver.
 */
import { alertsControlRoutes } from '../alerts/control-routes.ts';
import { botRoutes, hookRoutes } from '../alerts/routes.ts';
import { apiRoutes } from '../api/routes.ts';
import { ingatlanokControlRoutes } from '../ingatlanok/control-routes.ts';
import { ingatlanokRoutes } from '../ingatlanok/routes.ts';
import { kenarControlRoutes } from '../kenar/control-routes.ts';
import { oauthRoutes } from '../kenar/oauth-routes.ts';
import { openApiRoutes } from '../kenar/open-api-routes.ts';
import { pageRoutes } from '../pages/routes.ts';
import { pishkhanControlRoutes } from '../pishkhan/control-routes.ts';
import { pishkhanRoutes } from '../pishkhan/routes.ts';
import { controlRoutes } from './control-routes.ts';
import type { RouteGroup } from './http-types.ts';

const site = [controlRoutes, pageRoutes];
// The partner portal's API (both systems), its test controls first.
const portal = [ingatlanokControlRoutes, ingatlanokRoutes];

/** Host name → route groups, tried in order. localhost/127.0.0.1 act as divar.ir. */
export const HOST_TABLE: ReadonlyMap<string, readonly RouteGroup[]> = new Map([
  ['divar.ir', site],
  ['www.divar.ir', site],
  ['localhost', site],
  ['127.0.0.1', site],
  ['api.divar.ir', [apiRoutes]],
  ['open-api.divar.ir', [kenarControlRoutes, openApiRoutes]],
  ['oauth.divar.ir', [oauthRoutes]],
  // Cafe Bazaar's Pishkhan release API (for Kenar developers' Android apps).
  ['api.pishkhan.cafebazaar.ir', [pishkhanControlRoutes, pishkhanRoutes]],
  ['ingatlanok.hu', portal],
  ['sandbox.ingatlanok.hu', portal],
  // Alerts to a phone: the Bot API of Telegram and Bale, and a webhook receiver (controls first).
  ['api.telegram.org', [alertsControlRoutes, botRoutes]],
  ['tapi.bale.ai', [alertsControlRoutes, botRoutes]],
  ['hooks.alerts.test', [alertsControlRoutes, hookRoutes]],
]);

/** The hosts Chromium should map to the replica. */
export const MAPPED_HOSTS = [
  'divar.ir',
  'api.divar.ir',
  'open-api.divar.ir',
  'oauth.divar.ir',
  'api.pishkhan.cafebazaar.ir',
  'ingatlanok.hu',
  'sandbox.ingatlanok.hu',
  'api.telegram.org',
  'tapi.bale.ai',
  'hooks.alerts.test',
] as const;
