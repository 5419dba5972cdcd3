import { describe, expect, it } from 'vitest';
import { kenarErrorFor } from '@/lib/kenar/kenar-errors';

const body = (code: number, message: string) => JSON.stringify({ code, message, details: [] });

describe('kenarErrorFor', () => {
  it.each([
    [401, body(16, 'api key is missing'), false, 'kenar-bad-key'],
    [401, body(16, 'invalid api key'), true, 'kenar-bad-key'],
    [401, body(16, 'access token is invalid or expired'), true, 'kenar-not-connected'],
    [403, body(7, 'missing scope: one of POST_EDIT.abc'), true, 'kenar-missing-scope'],
    [403, body(7, 'post does not belong to the user'), true, 'kenar-not-own-post'],
    [403, body(7, 'api key lacks permission GET_POST'), false, 'kenar-key-permission'],
    [429, body(8, 'search post quota exhausted: 100 calls per app lifetime'), false, 'kenar-quota'],
    [412, body(9, 'post is expired and cannot be edited'), true, 'kenar-post-expired'],
    [400, body(3, 'title: length must be between 3 and 50 characters'), true, 'kenar-invalid'],
  ])('HTTP %i %s → %s', (status, text, hadBearer, kind) => {
    const error = kenarErrorFor(status, text, 'https://open-api.divar.ir/x', hadBearer);
    expect(error?.kind).toBe(kind);
    expect(error?.details?.status).toBe(status);
    expect(error?.message).toContain(JSON.parse(text).message);
  });

  it('leaves the shared handling to 404, 5xx and a per-minute 429 (retried after Retry-After)', () => {
    expect(kenarErrorFor(404, body(5, 'post not found'), 'u', false)).toBeUndefined();
    expect(kenarErrorFor(503, 'upstream', 'u', false)).toBeUndefined();
    expect(kenarErrorFor(429, body(8, 'too many requests per minute'), 'u', false)).toBeUndefined();
  });

  it('gives the daily quota its own kind at once: waiting seconds will not help', () => {
    const error = kenarErrorFor(429, body(8, 'daily quota exceeded'), 'u', false);
    expect(error).toMatchObject({ kind: 'kenar-rate-limit', details: { status: 429 } });
    expect(error?.message).toContain('daily quota exceeded');
  });
});
