import { describe, expect, it } from 'vitest';
import { createFakeClock } from '@/lib/http/clock';
import { EMPTY_FORM, formProblems } from '@/lib/pishkhan/commit-form';
import { createPishkhanService } from '@/lib/pishkhan/service';
import { memoryArea } from '../kenar/memory-area';

type Reply = { status: number; body: unknown };

function serviceWith(replies: (url: string, init?: RequestInit) => Reply, granted = true) {
  const calls: { url: string; method: string; headers: Headers; body?: unknown }[] = [];
  const area = memoryArea();
  const service = createPishkhanService({
    area,
    clock: createFakeClock(1_700_000_000_000),
    hasPermission: async () => granted,
    fetch: async (input, init) => {
      const url = String(input);
      calls.push({
        url,
        method: init?.method ?? 'GET',
        headers: new Headers(init?.headers),
        body: init?.body,
      });
      const reply = replies(url, init);
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    },
  });
  return { service, calls, area };
}

const release = (code: number) => ({
  type: 'success',
  release: { packages: [{ version_code: code }] },
});
const none = { status: 200, body: { type: 'not-exists', message: 'none' } };

describe('the Bazaar service', () => {
  it('keeps one token per app in storage.local and gives out only a hint', async () => {
    const { service, area } = serviceWith(() => none);
    const apps = await service.addApp(' ir.example.app ', ' eyJhbGciOi.secret.tail9 ');
    expect(apps).toEqual([
      { packageName: 'ir.example.app', tokenHint: '…ail9', addedAt: 1_700_000_000_000 },
    ]);
    await service.addApp('ir.example.app', 'second-token');
    expect(area.data.get('local:pishkhan:apps:v1')).toEqual({
      'ir.example.app': { token: 'second-token', addedAt: 1_700_000_000_000 },
    });
    expect(JSON.stringify(await service.apps())).not.toContain('second-token');
    expect(await service.removeApp('ir.example.app')).toEqual([]);
  });

  it('refuses a label that is not a package name and an empty token', async () => {
    const { service } = serviceWith(() => none);
    await expect(service.addApp('my app', 'x')).rejects.toMatchObject({ kind: 'pishkhan-invalid' });
    await expect(service.addApp('ir.example.app', '  ')).rejects.toMatchObject({
      kind: 'pishkhan-invalid',
    });
  });

  it('tests a token with a read call, sending it in Bazaar’s header', async () => {
    const { service, calls } = serviceWith(() => ({ status: 200, body: release(41) }));
    await service.addApp('ir.example.app', 'tok');
    expect(await service.testToken('ir.example.app')).toEqual({
      valid: true,
      lastPublishedCode: 41,
    });
    expect(calls[0]?.url).toMatch(/last-published\/$/);
    expect(calls[0]?.headers.get('CAFEBAZAAR-PISHKHAN-API-SECRET')).toBe('tok');
  });

  it('asks nothing without the host permission or a token', async () => {
    const denied = serviceWith(() => none, false);
    await denied.service.addApp('ir.example.app', 'tok');
    await expect(denied.service.status('ir.example.app')).rejects.toMatchObject({
      kind: 'pishkhan-no-permission',
    });
    const { service, calls } = serviceWith(() => none);
    await expect(service.draft('ir.other.app')).rejects.toMatchObject({ kind: 'pishkhan-no-app' });
    expect([...denied.calls, ...calls]).toEqual([]);
  });

  it('reads the status as published, committed and draft', async () => {
    const { service, calls } = serviceWith((url) =>
      url.includes('uncommitted')
        ? none
        : { status: 200, body: release(url.includes('published') ? 41 : 42) },
    );
    await service.addApp('ir.example.app', 'tok');
    const status = await service.status('ir.example.app');
    expect(status.published?.packages?.[0]?.version_code).toBe(41);
    expect(status.committed?.packages?.[0]?.version_code).toBe(42);
    expect(status.draft).toBeNull();
    expect(calls.map((c) => c.url.split('/').at(-2))).toEqual([
      'last-published',
      'last-committed',
      'last-uncommitted',
    ]);
  });

  it('names a refused create “draft exists” when a draft is open', async () => {
    const { service } = serviceWith((_url, init) =>
      init?.method === 'POST'
        ? { status: 400, body: { type: 'bad_request', message: 'Only one release at a time.' } }
        : { status: 200, body: release(43) },
    );
    await service.addApp('ir.example.app', 'tok');
    await expect(service.create('ir.example.app')).rejects.toMatchObject({
      kind: 'pishkhan-draft-exists',
      message: 'Only one release at a time.',
    });
  });

  it('commits nothing while the form has problems, then sends the serialized body', async () => {
    const { service, calls } = serviceWith(() => ({
      status: 200,
      body: { type: 'success', release: { id: 7 } },
    }));
    await service.addApp('ir.example.app', 'tok');
    await expect(service.commit('ir.example.app', EMPTY_FORM)).rejects.toMatchObject({
      kind: 'pishkhan-invalid',
      message: 'changelogFa: empty, changelogEn: empty',
    });
    expect(calls).toEqual([]);
    const form = { ...EMPTY_FORM, changelogFa: ' رفع اشکال ', changelogEn: 'Fixes', rollout: '۱۰' };
    expect((await service.commit('ir.example.app', form)).release.id).toBe('7');
    expect(JSON.parse(String(calls[0]?.body))).toEqual({
      changelog_fa: 'رفع اشکال',
      changelog_en: 'Fixes',
      developer_note: '',
      staged_rollout_percentage: 10,
      auto_publish: false,
    });
  });
});

describe('the review form', () => {
  const filled = { ...EMPTY_FORM, changelogFa: 'ا', changelogEn: 'a' };
  it.each([
    ['0', 'out-of-range'],
    ['101', 'out-of-range'],
    ['12.5', 'not-whole'],
    ['ten', 'not-whole'],
    ['', 'not-whole'],
  ])('refuses a rollout of "%s" (%s)', (rollout, problem) => {
    expect(formProblems({ ...filled, rollout })).toEqual([{ field: 'rollout', problem }]);
  });

  it('takes 1 to 100 in any digits', () => {
    for (const rollout of ['1', '۱۰۰', '٥٠', ' 10 '])
      expect(formProblems({ ...filled, rollout })).toEqual([]);
  });
});
