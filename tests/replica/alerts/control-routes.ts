/**
 * Test controls of the alert fakes, on each alert host under /__replica/alerts/ (never logged or
 * faulted): read what was received, reset, tell a host to fail its next calls, add or block a chat.
 */
import { z } from 'zod';
import { controlBody } from '../server/control-body.ts';
import { jsonResponse, type RouteContext, type RouteGroup } from '../server/http-types.ts';
import { ALERT_HOSTS, alertsStateOf, resetAlertsState } from './state.ts';

const failPatch = z
  .object({
    host: z.enum(ALERT_HOSTS),
    status: z.number().int().min(400).max(599),
    times: z.number().int().min(1).max(1000).default(1),
    retryAfter: z.number().int().min(1).optional(),
  })
  .strict();
const chatPatch = z
  .object({ chatId: z.string().min(1), state: z.enum(['ok', 'blocked']) })
  .strict();

const bad = () => jsonResponse(400, { error: 'invalid control body' });

function snapshot(context: RouteContext) {
  const state = alertsStateOf(context.state);
  return jsonResponse(200, {
    received: state.received,
    failures: state.failures.filter((f) => f.times > 0),
    chats: Object.fromEntries(state.chats),
  });
}

/** The /__replica/alerts/* route group. */
export const alertsControlRoutes: RouteGroup = {
  name: 'alerts-control',
  faultScope: 'control',
  owns: (path) => path.startsWith('/__replica/alerts/'),
  routes: [
    { method: 'GET', path: /^\/__replica\/alerts\/state$/, handle: snapshot },
    {
      method: 'POST',
      path: /^\/__replica\/alerts\/reset$/,
      handle: (context) => {
        resetAlertsState(context.state);
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/alerts\/fail$/,
      handle: (context) => {
        const patch = controlBody(context, failPatch);
        if (!patch) return bad();
        alertsStateOf(context.state).failures.push(patch);
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/alerts\/chat$/,
      handle: (context) => {
        const patch = controlBody(context, chatPatch);
        if (!patch) return bad();
        alertsStateOf(context.state).chats.set(patch.chatId, patch.state);
        return snapshot(context);
      },
    },
  ],
  notFound: () => jsonResponse(404, { error: 'unknown alerts control' }),
};
