import { describe, expect, it, vi } from 'vitest';
import { buildExport } from '@/lib/export/build';
import { columnsFor } from '@/lib/export/columns';
import { downloadBlob, exportFileName, recordedDownload } from '@/lib/export/download';
import { toJson } from '@/lib/export/json';
import { makeListing } from './listings';

const columns = columnsFor(['title', 'price', 'hasParking', 'tags', 'deposit']);

describe('JSON export', () => {
  it('is an array of objects with the chosen keys in order and raw values, unknown ones left out', () => {
    const [row] = JSON.parse(toJson([makeListing({ title: '=1+1' })], columns));
    expect(Object.keys(row)).toEqual(['title', 'price', 'hasParking', 'tags']);
    expect(row).toEqual({
      title: '=1+1',
      price: 12_500_000_000,
      hasParking: true,
      tags: ['نردبان شده', 'فوری'],
    });
  });

  it.each([
    ['csv', 'text/csv;charset=utf-8'],
    ['json', 'application/json;charset=utf-8'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ] as const)('buildExport(%s) gives a Blob of type %s', async (format, type) => {
    const blob = await buildExport(format, [makeListing()], columns, 'fa');
    expect(blob.type).toBe(type);
    expect(blob.size).toBeGreaterThan(10);
  });
});

describe('downloads', () => {
  it('name the file after the search and the day, keeping Persian and dropping unsafe characters', () => {
    const day = new Date('2026-11-22T10:00:00Z');
    expect(exportFileName('فروش آپارتمان، تهران', 'csv', day, 'fa')).toBe(
      'divar-فروش-آپارتمان-تهران-1405-09-01.csv',
    );
    expect(exportFileName('Apartment for sale, Tehran', 'csv', day, 'en')).toBe(
      'divar-Apartment-for-sale-Tehran-2026-11-22.csv',
    );
    expect(exportFileName('a/b:c*?"<>|\u0007d', 'xlsx', day, 'en')).toBe(
      'divar-a-b-c-d-2026-11-22.xlsx',
    );
    // Old job names, quotes, bidi marks and dots at the ends never reach the name.
    expect(exportFileName('آپارتمان · tehran «بالکن»\u200f.', 'json', day, 'fa')).toBe(
      'divar-آپارتمان-tehran-بالکن-1405-09-01.json',
    );
    expect(exportFileName('', 'json', day, 'en')).toBe('divar-2026-11-22.json');
  });

  it('click a hidden <a download> on an object URL and revoke it afterwards', () => {
    vi.useFakeTimers();
    const link = {
      click: vi.fn(),
      remove: vi.fn(),
      style: {} as CSSStyleDeclaration,
    } as unknown as HTMLAnchorElement;
    const doc = { createElement: vi.fn(() => link), body: { append: vi.fn() } };
    const urls = { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() };
    const blob = new Blob(['x']);
    downloadBlob(blob, 'a.csv', doc, urls);
    expect(urls.createObjectURL).toHaveBeenCalledWith(blob);
    expect(link).toMatchObject({ href: 'blob:x', download: 'a.csv' });
    expect(link.click).toHaveBeenCalledOnce();
    expect(urls.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:x');
    vi.useRealTimers();
  });

  it("remember a download as the job's export, and only for a job", () => {
    const link = { click: vi.fn(), remove: vi.fn(), style: {} } as unknown as HTMLAnchorElement;
    const doc = { createElement: () => link, body: { append: vi.fn() } };
    const urls = { createObjectURL: () => 'blob:y', revokeObjectURL: vi.fn() };
    const send = vi.fn();
    recordedDownload(send, 'job-1', doc, urls)(new Blob(['x']), 'b.csv');
    expect(link.click).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledWith({ type: 'jobExported', jobId: 'job-1' });
    recordedDownload(send, undefined, doc, urls)(new Blob(['x']), 'c.csv');
    expect(send).toHaveBeenCalledOnce();
  });
});
