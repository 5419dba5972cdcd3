/**
 * Test controls of the ingatlanok.hu replica under /__replica/ingatlanok/ on either host (never
 * logged or faulted): read the host's properties and hour's bad requests, reset, set the rules a
 * test needs, or spend bad requests as another client on the same IP would.
 */
import { z } from 'zod';
import type { RouteContext, RouteGroup } from '../server/http-types.ts';
import { jsonResponse } from '../server/http-types.ts';
import { badInHour } from './routes.ts';
import { resetSystem, systemOf } from './state.ts';

const rules = z
  .object({ maxPrice: z.number().positive().optional(), failOnce: z.array(z.string()).optional() })
  .strict();
const spend = z.object({ count: z.number().int().min(1).max(1000) }).strict();

function snapshot(context: RouteContext) {
  const system = systemOf(context.state, context.request.host);
  return jsonResponse(200, {
    properties: [...system.properties.values()],
    badInHour: badInHour(system, Date.now()),
    rules: system.rules,
  });
}

function body<T>(context: RouteContext, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(context.request.body.toString('utf8') || '{}'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const bad = () => jsonResponse(400, { error: 'invalid control body' });

/** The /__replica/ingatlanok/* route group. */
export const ingatlanokControlRoutes: RouteGroup = {
  name: 'ingatlanok-control',
  faultScope: 'control',
  owns: (path) => path.startsWith('/__replica/ingatlanok/'),
  routes: [
    { method: 'GET', path: /^\/__replica\/ingatlanok\/state$/, handle: snapshot },
    {
      method: 'POST',
      path: /^\/__replica\/ingatlanok\/reset$/,
      handle: (context) => {
        resetSystem(context.state, context.request.host);
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/ingatlanok\/rules$/,
      handle: (context) => {
        const next = body(context, rules);
        if (!next) return bad();
        systemOf(context.state, context.request.host).rules = next;
        return snapshot(context);
      },
    },
    {
      method: 'POST',
      path: /^\/__replica\/ingatlanok\/spend$/,
      handle: (context) => {
        const next = body(context, spend);
        if (!next) return bad();
        const system = systemOf(context.state, context.request.host);
        system.bad.push(...Array(next.count).fill(Date.now()));
        return snapshot(context);
      },
    },
  ],
  notFound: () => jsonResponse(404, { error: 'unknown ingatlanok control' }),
};
