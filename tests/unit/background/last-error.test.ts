import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { createLastErrorStore } from '@/lib/background/last-error';

describe('last error', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is shown once: taking it removes it', async () => {
    const store = createLastErrorStore(storage, () => 1000);
    await store.save({ kind: 'clipboard', message: 'denied' });
    expect(await store.take()).toEqual({ kind: 'clipboard', message: 'denied', at: 1000 });
    expect(await store.take()).toBeUndefined();
  });

  it('ignores a stored value of the wrong shape', async () => {
    await storage.setItem('session:lastError:v1', { kind: 'made-up', message: 1 });
    expect(await createLastErrorStore(storage, () => 0).take()).toBeUndefined();
  });
});
