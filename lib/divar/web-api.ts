import { AppError } from '../errors';
import type { OnAttempt } from '../http/attempt-event';
import type { RequestJson } from '../http/request';
import { lazySchema } from '../schema/lazy';
import { listingFromPin, viewportSchema } from './listing/map-pin';
import { answerSchema, readPostAnswer, readSearchAnswer, tolerantReader } from './read/answers';
import type { SearchBody } from './search-body';
import type { DivarSession } from './session';
import { toAsciiDigits } from './text';
import { WEB_API, webHeaders } from './web/headers';
import { anyJsonSchema, contactSchema, countSchema, filtersSchema } from './web/schemas';

/** What the divar web API client is built from. */
export interface WebApiDeps {
  request: RequestJson;
  session: DivarSession;
}

/** A district a city's filters offer. */
export interface DistrictOption {
  id: string;
  name: string;
}

/** A phone number divar revealed, or how the seller prefers to be reached instead. */
export interface ContactInfo {
  phone: string | undefined;
  label: string | undefined;
}

// Every divar answer is read field by field (lib/divar/read): an odd field is skipped, not fatal.
const searchAnswer = lazySchema(() => answerSchema(readSearchAnswer));
const viewportAnswer = lazySchema(() =>
  answerSchema(tolerantReader('divar map pins', ['posts'], viewportSchema)),
);
const countAnswer = lazySchema(() =>
  answerSchema(tolerantReader('a divar count', ['count'], countSchema)),
);
const contactAnswer = lazySchema(() =>
  answerSchema(tolerantReader('a divar contact', ['widget_list', 'action_log'], contactSchema)),
);
const filtersAnswer = lazySchema(() =>
  answerSchema(tolerantReader('divar filters', ['page'], filtersSchema)),
);

const isExpired = (error: unknown) =>
  error instanceof AppError && error.kind === 'auth' && /jwt is expired/i.test(error.message);

/**
 * The client of divar's private web API (NOTES §1-6), with the user's own session: search and
 * post detail need none; contact needs login and refreshes an expired session once.
 */
export function createDivarWebApi({ request, session }: WebApiDeps) {
  const call = async <T>(
    path: string,
    schema: import('zod').ZodType<T>,
    body?: unknown,
    signal?: AbortSignal,
    onAttempt?: OnAttempt,
  ) =>
    request({
      url: `${WEB_API}${path}`,
      method: body === undefined ? 'GET' : 'POST',
      headers: webHeaders(await session.headers()),
      body,
      schema,
      credentials: 'include',
      signal,
      onAttempt,
    });
  const post = (token: string, signal?: AbortSignal, onAttempt?: OnAttempt) =>
    call(
      `/v8/posts-v2/web/${encodeURIComponent(token)}`,
      answerSchema((json) => readPostAnswer(json, token)),
      undefined,
      signal,
      onAttempt,
    );
  return {
    /** One page of a search (`pagination_data` in the body for later pages). */
    search: (body: SearchBody, signal?: AbortSignal, onAttempt?: OnAttempt) =>
      call('/v8/postlist/w/search', searchAnswer, body, signal, onAttempt),
    /** divar's approximate number of results for a search body. */
    count: async (body: SearchBody, signal?: AbortSignal, onAttempt?: OnAttempt) =>
      (await call('/v8/postlist/w/approximate-post-count', countAnswer, body, signal, onAttempt))
        .count,
    /** The posts-v2 detail of a post (normalise it with lib/divar/listing). */
    post,
    /**
     * The map pins of a search inside a bounding box ([minLon, minLat, maxLon, maxLat]), for
     * map-mode URLs (`map_bbox`): no pagination, divar caps the pins per answer.
     */
    async viewport(body: SearchBody, bbox: number[], signal?: AbortSignal) {
      const [min_longitude, min_latitude, max_longitude, max_latitude] = bbox;
      const request = {
        city_ids: body.city_ids,
        search_data: { form_data: body.search_data.form_data },
        camera_info: {
          bbox: { min_longitude, min_latitude, max_longitude, max_latitude },
          zoom: 14,
        },
      };
      const answer = await call('/v8/mapview/viewport', viewportAnswer, request, signal);
      return {
        listings: answer.posts.map(listingFromPin),
        total: answer.count ?? answer.posts.length,
      };
    },
    /** The districts divar offers for a city and category. */
    async districts(
      body: SearchBody,
      signal?: AbortSignal,
      onAttempt?: OnAttempt,
    ): Promise<DistrictOption[]> {
      const answer = await call('/v8/postlist/w/filters', filtersAnswer, body, signal, onAttempt);
      const row = answer.page.widget_list.find((w) => w.widget_type === 'I_NEIGHBORHOOD_ROW');
      const options = ((row?.data?.neighborhoods as { options?: unknown[] } | undefined)?.options ??
        []) as {
        title?: string;
        value?: string;
      }[];
      return options
        .filter((o) => o.value)
        .map((o) => ({ id: String(o.value), name: String(o.title ?? '') }));
    },
    /** The seller's number: only when logged in; refreshes an expired session once, then gives up. */
    async contact(token: string, signal?: AbortSignal): Promise<ContactInfo> {
      if (!(await session.state()).isLoggedIn) {
        throw new AppError('auth', 'not logged in to divar.ir');
      }
      const uuid = (await post(token, signal)).contact?.contact_uuid;
      if (!uuid)
        throw new AppError('schema', 'post has no contact.contact_uuid', {
          details: { path: 'contact.contact_uuid' },
        });
      const ask = () =>
        call(
          `/v8/postcontact/web/contact_info_v2/${encodeURIComponent(token)}`,
          contactAnswer,
          { contact_uuid: uuid },
          signal,
        );
      const answer = await ask().catch(async (error: unknown) => {
        if (!isExpired(error)) throw error;
        await call('/v8/authenticate/session/refresh', anyJsonSchema, {}, signal);
        return ask();
      });
      const data = answer.widget_list?.[0]?.data;
      const phone =
        data?.action?.payload?.phone_number ??
        (data?.value ? toAsciiDigits(data.value) : undefined);
      return { phone, label: data?.title };
    },
  };
}

/** The client createDivarWebApi builds. */
export type DivarWebApi = ReturnType<typeof createDivarWebApi>;
