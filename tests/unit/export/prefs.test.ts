import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_COLUMNS, familyOf, familyOfJob } from '@/lib/export/default-columns';
import {
  columnsOf,
  EXPORT_PREFS_KEY,
  loadExportPrefs,
  saveExportPrefs,
  withColumns,
} from '@/lib/export/prefs';
import { makeListing } from './listings';

describe('export preferences (sync:export:v1)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('choose nothing when nothing is stored: every family has its own defaults', async () => {
    const prefs = await loadExportPrefs(storage);
    expect(prefs).toEqual({});
    expect(columnsOf(prefs, 'rent')).toEqual([...DEFAULT_COLUMNS.rent]);
    expect(columnsOf(prefs, 'rent')).toContain('monthlyRent');
    expect(columnsOf(prefs, 'sale')).toEqual(expect.arrayContaining(['price', 'size']));
  });

  it('remember the chosen columns of one family in their order and the header language', async () => {
    await saveExportPrefs(storage, withColumns({ headerLang: 'en' }, 'rent', ['deposit', 'title']));
    expect(EXPORT_PREFS_KEY).toBe('sync:export:v1');
    expect(await fakeBrowser.storage.sync.get('export:v1')).toEqual({
      'export:v1': { columnsBy: { rent: ['deposit', 'title'] }, headerLang: 'en' },
    });
    const prefs = await loadExportPrefs(storage);
    expect(columnsOf(prefs, 'rent')).toEqual(['deposit', 'title']);
    expect(columnsOf(prefs, 'car')).toEqual([...DEFAULT_COLUMNS.car]);
  });

  it('read an old one-list choice for every family, but not the old default saved unasked', async () => {
    await fakeBrowser.storage.sync.set({
      'export:v1': { columns: ['size', 'gone', 'size', 'price'] },
    });
    expect(columnsOf(await loadExportPrefs(storage), 'job')).toEqual(['size', 'price']);
    await fakeBrowser.storage.sync.set({
      'export:v1': {
        columns:
          'title,price,pricePerSquareMetre,size,rooms,district,yearBuilt,publishedAt,imageCount,url'.split(
            ',',
          ),
      },
    });
    expect(columnsOf(await loadExportPrefs(storage), 'rent')).toEqual([...DEFAULT_COLUMNS.rent]);
  });

  it.each([
    ['a string', 'title'],
    ['a bad language', { columnsBy: { rent: ['title'] }, headerLang: 'de' }],
    ['a family with no known column', { columnsBy: { rent: ['gone'] } }],
  ])('fall back to the defaults when the stored value is %s', async (_, stored) => {
    await fakeBrowser.storage.sync.set({ 'export:v1': stored });
    expect(await loadExportPrefs(storage)).toEqual({});
  });

  it('refuse to save a family with no column', async () => {
    await expect(saveExportPrefs(storage, withColumns({}, 'sale', []))).rejects.toThrow();
  });
});

describe('default columns', () => {
  it('follow the category: rentals, property for sale, cars, jobs, the rest', () => {
    expect(familyOf('apartment-rent')).toBe('rent');
    expect(familyOf('suite-apartment')).toBe('rent');
    expect(familyOf('apartment-sell')).toBe('sale');
    expect(familyOf('plot-old')).toBe('sale');
    expect(familyOf('light')).toBe('car');
    expect(familyOf('computer-and-it')).toBe('job');
    expect(familyOf('mobile-phones')).toBe('other');
    expect(familyOf(undefined)).toBe('other');
    expect(familyOfJob('https://divar.ir/s/tehran/rent-apartment?rooms=2', [])).toBe('rent');
    const job = makeListing({ category: 'computer-and-it' });
    const car = makeListing({ category: 'light' });
    expect(familyOfJob('https://divar.ir/v/gammaxvi', [job, car, job])).toBe('job');
  });

  it('put the price that matters first and no link column', () => {
    expect(DEFAULT_COLUMNS.rent.slice(0, 3)).toEqual(['title', 'deposit', 'monthlyRent']);
    expect(DEFAULT_COLUMNS.car).toEqual(
      expect.arrayContaining(['price', 'yearBuilt', 'mileageKm']),
    );
    expect(DEFAULT_COLUMNS.job).toContain('salary');
    for (const keys of Object.values(DEFAULT_COLUMNS)) expect(keys).not.toContain('url');
  });
});
