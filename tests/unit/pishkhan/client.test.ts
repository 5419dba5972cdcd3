import { describe, expect, it } from 'vitest';
import type { AppError } from '@/lib/errors';
import { createPishkhanClient, TOKEN_HEADER } from '@/lib/pishkhan/client';
import { pishkhanPageExamples } from '../../fixtures/files';
import { answer, fakeTransport } from './fake-transport';

// The page's examples, in page order (tests/fixtures/pishkhan/pishkhan-api.fa.txt).
const page = pishkhanPageExamples();
const [created, badRequest, forbidden, tooMany, deleted] = page;
const [uploaded, committed, lastCommitted, lastUncommitted, lastPublished] = [
  page[9],
  page[14],
  page[18],
  page[19],
  page[20],
];
const BASE = 'https://api.pishkhan.cafebazaar.ir/v1/apps/releases/';

function clientWith(respond: Parameters<typeof fakeTransport>[0], token = 'tok-123') {
  const fake = fakeTransport(respond);
  const client = createPishkhanClient({ transport: fake.transport, token: async () => token });
  return { client, requests: fake.requests };
}

const kindOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: AppError) => [error.kind, error.message, error.details?.status],
  );

describe('the Pishkhan client', () => {
  it('creates a release with POST on the base path and the token header (201)', async () => {
    const { client, requests } = clientWith(() => answer(201, created));
    const result = await client.create();
    expect(requests[0]).toMatchObject({ method: 'POST', url: BASE });
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.headers[TOKEN_HEADER]).toBe('tok-123');
    expect(result.message).toBe('New Release successfully created.');
    expect(result.release).toMatchObject({ staged_rollout_percentage: 100, auto_publish: false });
    expect(result.release.packages?.[0]?.cpu_architectures).toEqual([]);
  });

  it('deletes the uncommitted release with DELETE on the base path', async () => {
    const { client, requests } = clientWith(() => answer(200, deleted));
    expect(await client.discard()).toEqual({ message: 'Release successfully deleted.' });
    expect(requests[0]).toMatchObject({ method: 'DELETE', url: BASE });
  });

  it('uploads a package as multipart architecture + apk, with progress and a long timeout', async () => {
    const progress: number[] = [];
    const { client, requests } = clientWith((request) => {
      request.onProgress?.(50, 100);
      return answer(200, uploaded);
    });
    const apk = new Blob([new Uint8Array([80, 75, 3, 4])]);
    const result = await client.upload(apk, 'app-arm64.apk', 'arm64-v8a', {
      onProgress: (sent) => progress.push(sent),
    });
    const request = requests[0];
    expect(request).toMatchObject({ method: 'POST', url: `${BASE}upload/` });
    expect(request?.timeoutMs).toBeGreaterThanOrEqual(10 * 60_000);
    const form = request?.body as FormData;
    expect(form.get('architecture')).toBe('arm64-v8a');
    expect((form.get('apk') as File).name).toBe('app-arm64.apk');
    expect(progress).toEqual([50]);
    expect(result.package).toMatchObject({
      version_code: 1,
      version_name: '1.0',
      apk_size: 1227887,
    });
  });

  it('commits with a JSON body built by a serializer (never from the page example)', async () => {
    const { client, requests } = clientWith(() => answer(200, committed));
    const body = {
      changelog_fa: 'چیزهای باحال جدید اضافه شد',
      changelog_en: 'cool new things added',
      developer_note: 'Fixes #1',
      staged_rollout_percentage: 10,
      auto_publish: true,
    };
    const result = await client.commit(body);
    expect(requests[0]).toMatchObject({ method: 'POST', url: `${BASE}commit/` });
    expect(requests[0]?.headers).toMatchObject({
      'content-type': 'application/json',
      [TOKEN_HEADER]: 'tok-123',
    });
    expect(JSON.parse(String(requests[0]?.body))).toEqual(body);
    expect(result.release).toMatchObject({ id: '159', committed: true, release_state: 'Active' });
  });

  it('refuses to send a commit whose rollout is outside 1-100', async () => {
    const { client, requests } = clientWith(() => answer(200, committed));
    const body = { changelog_fa: 'ا', changelog_en: 'a', developer_note: '', auto_publish: false };
    await expect(client.commit({ ...body, staged_rollout_percentage: 0 })).rejects.toThrow();
    await expect(client.commit({ ...body, staged_rollout_percentage: 101 })).rejects.toThrow();
    expect(requests).toHaveLength(0);
  });

  it.each([
    ['lastCommitted', 'last-committed', lastCommitted],
    ['lastUncommitted', 'last-uncommitted', lastUncommitted],
    ['lastPublished', 'last-published', lastPublished],
  ] as const)('%s reads GET %s: a release, or null for not-exists', async (method, path, body) => {
    const { client, requests } = clientWith((_, i) =>
      i === 0 ? answer(200, body) : answer(200, { type: 'not-exists', message: 'Not exists' }),
    );
    const found = await client[method]();
    expect(requests[0]).toMatchObject({ method: 'GET', url: `${BASE}${path}/` });
    expect(found.release?.changelog_fa).toBeNull();
    expect(found.release?.packages?.[0]?.version_code).toBe(3);
    expect(found.drift.skipped).toEqual([]);
    expect((await client[method]()).release).toBeNull();
  });

  it.each([
    [400, badRequest, 'pishkhan-no-draft', 'There is not an uncommitted release.'],
    [403, forbidden, 'pishkhan-forbidden', 'You do not have permission to perform this action.'],
    [429, tooMany, 'pishkhan-rate-limit', 'Too many requests'],
    [400, { type: 'bad_request', message: 'Invalid apk' }, 'pishkhan-bad-request', 'Invalid apk'],
  ])(
    'a %i answer becomes its kind, carrying Bazaar’s own message',
    async (status, body, kind, message) => {
      const { client } = clientWith(() => answer(status, body));
      expect(await kindOf(client.lastUncommitted())).toEqual([kind, message, status]);
    },
  );

  it('decides by the body’s type, not only the status', async () => {
    const { client } = clientWith((_, i) =>
      i === 0
        ? answer(200, { type: 'access_forbidden', message: 'nope' })
        : answer(200, { type: 'weird', message: 'hm' }),
    );
    expect(await kindOf(client.lastPublished())).toEqual(['pishkhan-forbidden', 'nope', 200]);
    expect((await kindOf(client.lastPublished()))[0]).toBe('pishkhan-server');
  });

  it('reads a 403 or 429 without a JSON body by its status, and a 502 page as a server error', async () => {
    const { client } = clientWith(
      (_, i) =>
        [
          answer(403, '<html>Forbidden</html>'),
          answer(429, ''),
          answer(502, '<h1>Bad gateway</h1>'),
        ][i] ?? answer(500, ''),
    );
    expect((await kindOf(client.lastPublished()))[0]).toBe('pishkhan-forbidden');
    expect((await kindOf(client.lastPublished()))[0]).toBe('pishkhan-rate-limit');
    expect((await kindOf(client.lastPublished()))[0]).toBe('pishkhan-server');
  });

  it('reads loosely: types in any case, numbers and booleans as text, odd fields skipped', async () => {
    const { client } = clientWith(() =>
      answer(200, {
        type: 'SUCCESS',
        release: {
          packages: [{ version_code: '۴۲', apk_size: '1024', cpu_architectures: ['arm64-v8a'] }],
          auto_publish: 'true',
          staged_rollout_percentage: { odd: true },
          new_field: 1,
        },
      }),
    );
    const read = await client.lastCommitted();
    expect(read.release?.packages?.[0]).toMatchObject({
      version_code: 42,
      apk_size: 1024,
      cpu_architectures: ['arm64-v8a'],
    });
    expect(read.release?.auto_publish).toBe(true);
    expect(read.release?.staged_rollout_percentage).toBeUndefined();
    expect(read.drift.skipped.map((entry) => entry.path)).toEqual([
      'release.staged_rollout_percentage',
    ]);
  });

  it('tries the printed path once on a bare 404 and keeps the form that worked', async () => {
    const { client, requests } = clientWith((request) =>
      request.url.endsWith('/') ? answer(404, '<h1>Not Found</h1>') : answer(200, lastPublished),
    );
    expect((await client.lastPublished()).release).not.toBeNull();
    await client.lastCommitted();
    expect(requests.map((r) => r.url.slice(BASE.length))).toEqual([
      'last-published/',
      'last-published',
      'last-committed',
    ]);
  });

  it('sends nothing without a token', async () => {
    const { client, requests } = clientWith(() => answer(200, lastPublished), '  ');
    expect((await kindOf(client.lastPublished()))[0]).toBe('pishkhan-no-app');
    expect(requests).toHaveLength(0);
  });
});
