/**
 * Control endpoints that change the corpus at runtime (test-only, for "watch" features):
 * POST /__replica/corpus/add (a partial listing → the new listing), POST /__replica/corpus/price
 * (`{token, price}` → `{token, price, previousPrice}`), POST /__replica/corpus/reset.
 */
import { ListingPatchSchema, PriceChangeSchema } from '../corpus/listing-patch.ts';
import { CorpusMutationError } from '../corpus/mutate.ts';
import { jsonResponse, type ReplicaResponse, type Route, type RouteContext } from './http-types.ts';

const invalid = (message: string, issues?: unknown) =>
  jsonResponse(400, { error: { code: 'INVALID_ARGUMENT', message, issues } });

function parseJson(context: RouteContext): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(context.request.body.toString('utf8') || '{}') };
  } catch {
    return { ok: false };
  }
}

function mutation(run: () => unknown): ReplicaResponse {
  try {
    return jsonResponse(200, run());
  } catch (error) {
    if (!(error instanceof CorpusMutationError)) throw error;
    const code = error.status === 404 ? 'NOT_FOUND' : 'INVALID_ARGUMENT';
    return jsonResponse(error.status, { error: { code, message: error.message } });
  }
}

function addListing(context: RouteContext): ReplicaResponse {
  const body = parseJson(context);
  if (!body.ok) return invalid('body is not JSON');
  const parsed = ListingPatchSchema.safeParse(body.value);
  if (!parsed.success) return invalid('invalid listing', parsed.error.issues);
  return mutation(() => ({ listing: context.state.mutate.addListing(parsed.data) }));
}

function setPrice(context: RouteContext): ReplicaResponse {
  const body = parseJson(context);
  if (!body.ok) return invalid('body is not JSON');
  const parsed = PriceChangeSchema.safeParse(body.value);
  if (!parsed.success) return invalid('invalid price change', parsed.error.issues);
  return mutation(() => context.state.mutate.setPrice(parsed.data.token, parsed.data.price));
}

/** The /__replica/corpus/* routes. */
export const corpusRoutes: Route[] = [
  { method: 'POST', path: /^\/__replica\/corpus\/add$/, handle: addListing },
  { method: 'POST', path: /^\/__replica\/corpus\/price$/, handle: setPrice },
  {
    method: 'POST',
    path: /^\/__replica\/corpus\/reset$/,
    handle: ({ state }) => {
      state.mutate.reset();
      return jsonResponse(200, { ok: true });
    },
  },
];
