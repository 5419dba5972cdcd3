import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeApk } from '../../fixtures/pishkhan/make-apk.ts';
import type { Replica } from '../index.ts';
import { startTestReplica } from '../test-support.ts';
import { DEMO_PISHKHAN_APP } from './state.ts';
import { pishkhanControl, replicaPishkhanClient } from './test-support.ts';

const BASE = 'https://api.pishkhan.cafebazaar.ir/v1/apps/releases/';
const PKG = DEMO_PISHKHAN_APP.packageName;
const apk = (versionCode: number, seed = versionCode) =>
  new Blob([
    new Uint8Array(
      makeApk({ packageName: PKG, versionCode, versionName: `v${versionCode}`, seed }),
    ),
  ]);

let replica: Replica;
let fetch: typeof globalThis.fetch;
beforeAll(async () => {
  ({ replica, fetch } = await startTestReplica({ corpusSize: 10 }));
});
afterAll(() => replica.close());
beforeEach(async () => {
  replica.faults.reset();
  replica.log.clear();
  await pishkhanControl(fetch, 'reset');
});

const kind = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { kind: string; message: string }) => `${error.kind}: ${error.message}`,
  );

describe('the Pishkhan replica', () => {
  it('checks the token header first: missing or wrong is the page’s 403', async () => {
    const response = await fetch(`${BASE}last-published`);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      type: 'access_forbidden',
      message: 'You do not have permission to perform this action.',
    });
    expect(await kind(replicaPishkhanClient(fetch, 'wrong').lastPublished())).toBe(
      'pishkhan-forbidden: You do not have permission to perform this action.',
    );
  });

  it('serves the demo app’s published release and not-exists for the others', async () => {
    const client = replicaPishkhanClient(fetch);
    expect((await client.lastPublished()).release?.packages?.[0]?.version_code).toBe(41);
    expect((await client.lastCommitted()).release?.id).toBe('141');
    expect((await client.lastUncommitted()).release).toBeNull();
  });

  it('keeps one draft at a time; delete and upload without one get the page’s 400', async () => {
    const client = replicaPishkhanClient(fetch);
    expect(await kind(client.discard())).toBe(
      'pishkhan-no-draft: There is not an uncommitted release.',
    );
    expect(await kind(client.upload(apk(42), 'a.apk', 'all'))).toMatch(/^pishkhan-no-draft/);
    const { release } = await client.create();
    expect(release).toMatchObject({
      packages: [],
      staged_rollout_percentage: 100,
      auto_publish: false,
    });
    expect(await kind(client.create())).toMatch(/^pishkhan-draft-exists/);
    expect(await client.discard()).toEqual({ message: 'Release successfully deleted.' });
  });

  it('adds packages with their architecture, sha1 and version, then commits with the review fields', async () => {
    const client = replicaPishkhanClient(fetch);
    await client.create();
    const a = await client.upload(apk(42), 'app-v7a.apk', 'armeabi-v7a');
    const b = await client.upload(apk(43), 'app-v8a.apk', 'arm64-v8a');
    expect(a.package).toMatchObject({
      version_code: 42,
      version_name: 'v42',
      cpu_architectures: ['armeabi-v7a'],
    });
    expect(b.package.sha1_hash).toMatch(/^[0-9a-f]{40}$/);
    const draft = (await client.lastUncommitted()).release;
    expect(draft?.packages?.map((p) => p.version_code)).toEqual([42, 43]);
    const done = await client.commit({
      changelog_fa: 'تغییرات',
      changelog_en: 'Changes',
      developer_note: 'for review',
      staged_rollout_percentage: 10,
      auto_publish: true,
    });
    expect(done.release).toMatchObject({
      committed: true,
      staged_rollout_percentage: 10,
      auto_publish: true,
    });
    expect((await client.lastCommitted()).release?.id).toBe(done.release.id);
    expect((await client.lastUncommitted()).release).toBeNull();
    expect((await client.lastPublished()).release?.packages?.[0]?.version_code).toBe(41);
    const upload = replica.log.entries().find((e) => e.path.endsWith('/upload/'));
    expect(upload?.headers['cafebazaar-pishkhan-api-secret']).toBe('[redacted]');
  });

  it('refuses a bad architecture, a non-APK, an old version code, and a commit without packages', async () => {
    const client = replicaPishkhanClient(fetch);
    await client.create();
    const form = new FormData();
    form.append('architecture', '0');
    form.append('apk', apk(42), 'a.apk');
    const raw = await fetch(`${BASE}upload/`, {
      method: 'POST',
      headers: { 'CAFEBAZAAR-PISHKHAN-API-SECRET': DEMO_PISHKHAN_APP.token },
      body: form,
    });
    expect(await raw.json()).toEqual({
      type: 'bad_request',
      message: '"0" is not a valid choice for architecture.',
    });
    expect(await kind(client.upload(new Blob(['text']), 'a.apk', 'all'))).toMatch(
      /not a valid apk/,
    );
    expect(await kind(client.upload(apk(41), 'a.apk', 'all'))).toBe(
      'pishkhan-bad-request: Version code must be greater than 41.',
    );
    const body = {
      changelog_fa: 'a',
      changelog_en: 'b',
      developer_note: '',
      staged_rollout_percentage: 5,
      auto_publish: false,
    };
    expect(await kind(client.commit(body))).toMatch(/has no package/);
  });

  it('answers a 429 burst in Bazaar’s shape, without Retry-After', async () => {
    replica.faults.set({ rateLimit: { burst: 1 } });
    const response = await fetch(`${BASE}last-published/`, {
      headers: { 'CAFEBAZAAR-PISHKHAN-API-SECRET': DEMO_PISHKHAN_APP.token },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(await response.json()).toEqual({
      type: 'too_many_requests',
      message: 'Too many requests',
    });
  });

  it('a cut upload loses the package, unless keepOnCut says Bazaar kept it', async () => {
    const client = replicaPishkhanClient(fetch);
    await client.create();
    replica.faults.set({ cutConnection: 1, pathIncludes: '/upload' });
    expect(await kind(client.upload(apk(42), 'a.apk', 'all'))).toMatch(/^pishkhan-network/);
    expect((await client.lastUncommitted()).release?.packages).toEqual([]);
    await pishkhanControl(fetch, 'settings', { keepOnCut: true });
    replica.faults.set({ cutConnection: 1 });
    expect(await kind(client.upload(apk(42), 'a.apk', 'all'))).toMatch(/^pishkhan-network/);
    expect((await client.lastUncommitted()).release?.packages?.[0]?.version_code).toBe(42);
    expect(replica.log.entries().filter((e) => e.faults.includes('cutConnection'))).toHaveLength(2);
  });

  it('holds a slow upload’s answer, and registers apps with their own token', async () => {
    await pishkhanControl(fetch, 'apps', {
      packageName: 'ir.example.two',
      token: 'tok-two',
      publishedVersionCode: 0,
    });
    await pishkhanControl(fetch, 'settings', { uploadDelayMs: 300 });
    const client = replicaPishkhanClient(fetch, 'tok-two');
    expect((await client.lastPublished()).release).toBeNull();
    await client.create();
    const started = Date.now();
    const file = new Blob([
      new Uint8Array(makeApk({ packageName: 'ir.example.two', versionCode: 1 })),
    ]);
    await client.upload(file, 'two.apk', 'all');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
