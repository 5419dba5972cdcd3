import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { createSearchQuota } from '@/lib/kenar/quota';
import { createKenarStore } from '@/lib/kenar/store';
import { memoryArea } from './memory-area.ts';

function setup(used = 0) {
  const store = createKenarStore(memoryArea({ 'local:kenar:search-quota:v1': { 'app:a': used } }));
  let app = 'app:a';
  const quota = createSearchQuota(store, async () => app);
  return { quota, switchApp: (id: string) => (app = id) };
}

describe('the search quota', () => {
  it('counts each call before it is sent and says what is left', async () => {
    const { quota } = setup(10);
    let usedDuring = 0;
    await quota.spend(async () => {
      usedDuring = (await quota.status()).used;
    });
    expect(usedDuring).toBe(11);
    expect(await quota.status()).toEqual({ used: 11, left: 89, limit: 100 });
  });

  it('refuses the 101st call without sending it', async () => {
    const { quota } = setup(100);
    let sent = false;
    await expect(quota.spend(async () => (sent = true))).rejects.toMatchObject({
      kind: 'kenar-quota',
    });
    expect(sent).toBe(false);
  });

  it('keeps a failed call counted, gives back one stopped before sending, fills up on the server’s word', async () => {
    const { quota } = setup(5);
    const fail = (kind: 'network' | 'kenar-no-key' | 'kenar-quota', status?: number) =>
      quota
        .spend(async () => {
          throw new AppError(kind, kind, status ? { details: { status } } : undefined);
        })
        .catch(() => undefined);
    await fail('network');
    expect((await quota.status()).used).toBe(6);
    await fail('kenar-no-key');
    expect((await quota.status()).used).toBe(6);
    await fail('kenar-quota', 429);
    expect(await quota.status()).toEqual({ used: 100, left: 0, limit: 100 });
  });

  it('counts per app', async () => {
    const { quota, switchApp } = setup(40);
    switchApp('app:b');
    expect((await quota.status()).used).toBe(0);
  });
});
