import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_COLUMN_KEYS } from '@/lib/export/columns';
import { EXPORT_PREFS_KEY, loadExportPrefs, saveExportPrefs } from '@/lib/export/prefs';

describe('export preferences (sync:export:v1)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the default columns, headers in the UI language, when nothing is stored', async () => {
    expect(await loadExportPrefs(storage)).toEqual({ columns: [...DEFAULT_COLUMN_KEYS] });
  });

  it('remember the chosen columns in their order and the header language, in sync storage', async () => {
    await saveExportPrefs(storage, { columns: ['price', 'title', 'size'], headerLang: 'en' });
    expect(EXPORT_PREFS_KEY).toBe('sync:export:v1');
    expect(await fakeBrowser.storage.sync.get('export:v1')).toEqual({
      'export:v1': { columns: ['price', 'title', 'size'], headerLang: 'en' },
    });
    expect(await loadExportPrefs(storage)).toEqual({
      columns: ['price', 'title', 'size'],
      headerLang: 'en',
    });
  });

  it('drop column keys this version does not know, and repeats, keeping the rest', async () => {
    await fakeBrowser.storage.sync.set({
      'export:v1': { columns: ['size', 'gone', 'size', 'price'] },
    });
    expect((await loadExportPrefs(storage)).columns).toEqual(['size', 'price']);
  });

  it.each([
    ['a string', 'title'],
    ['no known column', { columns: ['gone'] }],
    ['a bad language', { columns: ['title'], headerLang: 'de' }],
    ['columns not an array', { columns: 'title' }],
  ])('fall back to the defaults when the stored value is %s', async (_, stored) => {
    await fakeBrowser.storage.sync.set({ 'export:v1': stored });
    expect(await loadExportPrefs(storage)).toEqual({ columns: [...DEFAULT_COLUMN_KEYS] });
  });

  it('refuse to save a preference with no column', async () => {
    await expect(saveExportPrefs(storage, { columns: [] })).rejects.toThrow();
  });
});
