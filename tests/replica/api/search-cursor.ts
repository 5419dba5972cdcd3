/**
 * The search cursor (`pagination.data`, type post_list.PaginationData). The client must echo it
 * back as `pagination_data`; its `search_uid` is an HMAC over the search's filters hash and start
 * time, so a cursor this replica did not issue (or one from another search) is rejected with 400.
 */
import { createHmac } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ZERO_DATE } from '../util/time.ts';
import { badRequest } from './errors.ts';

/** The decoded position of a search. */
export interface CursorState {
  /** Pages served so far, including the one this cursor came with. */
  page: number;
  /** 1 while real results are served, 36 once recommendations started (as captured). */
  layerId: number;
  /** Pages served inside the current layer (0 on the first results pages). */
  layerPage: number;
  /** `sort_date` of the last real card served, or ZERO_DATE. */
  lastPostDate: string;
  viewedTokens: string[];
  cumulative: number;
  searchUid: string;
  firstPageViewedAt: string;
  filtersHash: string;
  searchHash: string;
  similarDivider: boolean;
}

const PAGINATION_TYPE = 'type.googleapis.com/post_list.PaginationData';

/** The search_uid (UUID-shaped HMAC) a cursor must carry. */
export function signSearchUid(
  secret: string,
  filtersHash: string,
  firstPageViewedAt: string,
): string {
  const hex = createHmac('sha256', secret)
    .update(`${filtersHash}|${firstPageViewedAt}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function packTokens(tokens: readonly string[]): string {
  const gz = gzipSync(tokens.join(','), { level: 1 });
  gz[9] = 0xff; // OS "unknown", as in the captured cursors (Go's gzip writer)
  return gz.toString('base64');
}

function unpackTokens(packed: unknown): string[] {
  if (packed === undefined || packed === '') return [];
  try {
    if (typeof packed !== 'string') throw new Error('not a string');
    const text = gunzipSync(Buffer.from(packed, 'base64')).toString('utf8');
    return text === '' ? [] : text.split(',');
  } catch {
    throw badRequest('pagination_data.viewed_tokens is not gzip+base64', 'pagination_data');
  }
}

/** The `pagination.data` object for a response. */
export function encodeCursor(state: CursorState): Record<string, unknown> {
  return {
    '@type': PAGINATION_TYPE,
    last_post_date: state.lastPostDate,
    page: state.page,
    ...(state.layerPage > 0 ? { layer_page: state.layerPage } : {}),
    layer_id: state.layerId,
    search_uid: state.searchUid,
    cumulative_widgets_count: state.cumulative,
    viewed_tokens: packTokens(state.viewedTokens),
    search_bookmark_info: { search_hash: state.searchHash, bookmark_state: {}, alert_state: {} },
    first_page_viewed_at: state.firstPageViewedAt,
    ...(state.similarDivider
      ? { viewed_rows: [{ type: 'VIEWED_ROW_SIMILAR_RESULTS_DIVIDER' }] }
      : {}),
    filters_hash: state.filtersHash,
  };
}

const isInt = (value: unknown, min: number) => Number.isInteger(value) && (value as number) >= min;

/** Decodes and checks an echoed cursor; throws ApiError(400) when it is malformed or foreign. */
export function decodeCursor(raw: unknown, filtersHash: string, secret: string): CursorState {
  const bad = (why: string) => badRequest(`pagination_data ${why}`, 'pagination_data');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('must be an object');
  const data = raw as Record<string, unknown>;
  if (data['@type'] !== undefined && data['@type'] !== PAGINATION_TYPE)
    throw bad('has a wrong @type');
  const { search_uid: uid, filters_hash: hash, first_page_viewed_at: started } = data;
  if (typeof uid !== 'string' || typeof hash !== 'string' || typeof started !== 'string') {
    throw bad('lacks search_uid, filters_hash or first_page_viewed_at');
  }
  if (uid !== signSearchUid(secret, hash, started)) throw bad('was not issued by this server');
  if (hash !== filtersHash) throw bad('belongs to a different search (filters changed)');
  if (!isInt(data.page, 1) || !isInt(data.layer_id, 0)) throw bad('has no valid page / layer_id');
  if (data.layer_page !== undefined && !isInt(data.layer_page, 0))
    throw bad('has a bad layer_page');
  if (typeof data.last_post_date !== 'string') throw bad('has no last_post_date');
  const bookmark = data.search_bookmark_info as Record<string, unknown> | undefined;
  return {
    page: data.page as number,
    layerId: data.layer_id as number,
    layerPage: (data.layer_page as number | undefined) ?? 0,
    lastPostDate: data.last_post_date || ZERO_DATE,
    viewedTokens: unpackTokens(data.viewed_tokens),
    cumulative: isInt(data.cumulative_widgets_count, 0)
      ? (data.cumulative_widgets_count as number)
      : 0,
    searchUid: uid,
    firstPageViewedAt: started,
    filtersHash: hash,
    searchHash: typeof bookmark?.search_hash === 'string' ? bookmark.search_hash : '',
    similarDivider: Array.isArray(data.viewed_rows),
  };
}
