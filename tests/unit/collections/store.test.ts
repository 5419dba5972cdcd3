import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { createCollectionStore } from '@/lib/collections/store';

describe('collection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps each token once, newest first, and can be emptied', async () => {
    const store = createCollectionStore(storage, () => 5);
    await store.add(['gammaxvi']);
    const after = await store.add(['AZ4LldV9', 'gammaxvi']);
    expect(after).toEqual({ tokens: ['AZ4LldV9', 'gammaxvi'], updatedAt: 5 });
    expect((await store.clear()).tokens).toEqual([]);
  });

  it('ignores a stored value of the wrong shape', async () => {
    await storage.setItem('local:collection:v1', { tokens: ['not a token!'] });
    expect((await createCollectionStore(storage, () => 0).read()).tokens).toEqual([]);
  });
});
