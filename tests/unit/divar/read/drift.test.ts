import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  addSkipped,
  driftDiagnostics,
  emptyDrift,
  MAX_DRIFT_ENTRIES,
  mergeDrift,
  skippedCount,
} from '@/lib/divar/read/drift';
import { looseBoolean, looseNumber, looseString, numberFromText } from '@/lib/divar/read/lenient';
import { parseTolerantly } from '@/lib/divar/read/prune';

describe('lenient leaves', () => {
  it.each([
    ['12', 12],
    ['۱۲', 12],
    ['١٢', 12],
    ['35.7123', 35.7123],
    ['۳۵٫۷۱', 35.71],
    ['1,250,000', 1250000],
    ['۱٬۲۵۰٬۰۰۰', 1250000],
    ['-3', -3],
    [' 7 ', 7],
  ])('reads the numeric text %j as %d', (text, value) => {
    expect(numberFromText(text)).toBe(value);
    expect(looseNumber.parse(text)).toBe(value);
  });

  it.each(['', 'abc', '12 متر', '1,2', 'NaN', 'Infinity'])('refuses %j as a number', (text) => {
    expect(numberFromText(text)).toBeUndefined();
    expect(looseNumber.safeParse(text).success).toBe(false);
  });

  it('takes booleans as "true"/"false" and ids sent as numbers as text', () => {
    expect(looseBoolean.parse('true')).toBe(true);
    expect(looseBoolean.parse(' FALSE ')).toBe(false);
    expect(looseBoolean.safeParse('yes').success).toBe(false);
    expect(looseBoolean.safeParse(1).success).toBe(false);
    expect(looseString.parse(1)).toBe('1');
    expect(looseString.safeParse(true).success).toBe(false);
    expect(looseString.safeParse({}).success).toBe(false);
  });
});

describe('parseTolerantly', () => {
  const schema = z.looseObject({
    items: z.array(z.looseObject({ id: looseString, n: looseNumber.optional() })),
    note: looseString.optional(),
  });

  it('drops an odd optional leaf, and a list entry whose required field is odd', () => {
    const read = parseTolerantly(schema, {
      items: [{ id: 'a', n: {} }, { id: [] }, { id: 'c', n: '۳' }],
      note: false,
    });
    expect(read.ok && read.data).toEqual({ items: [{ id: 'a' }, { id: 'c', n: 3 }] });
    expect(read.drift.skipped.map((e) => `${e.path}:${e.seen}`).sort()).toEqual([
      'items[].id:array',
      'items[].n:object',
      'note:boolean',
    ]);
  });

  it('fails only when the whole answer goes, naming the field', () => {
    const read = parseTolerantly(schema, { items: 'none' });
    expect(read).toMatchObject({ ok: false, path: 'items' });
  });

  it('never changes the JSON it was given', () => {
    const json = { items: [{ id: 'a', n: {} }] };
    parseTolerantly(schema, json);
    expect(json).toEqual({ items: [{ id: 'a', n: {} }] });
  });
});

describe('drift reports', () => {
  it('folds repeats of a path and type, and caps distinct entries', () => {
    const report = emptyDrift();
    addSkipped(report, { path: 'a', seen: 'string', expected: 'number' });
    addSkipped(report, { path: 'a', seen: 'string', expected: 'number' });
    for (let i = 0; i < MAX_DRIFT_ENTRIES + 5; i++)
      addSkipped(report, { path: `p${i}`, seen: 'null', expected: 'string' });
    expect(report.skipped).toHaveLength(MAX_DRIFT_ENTRIES);
    expect(report.skipped[0]?.count).toBe(2);
    expect(skippedCount(report)).toBe(2 + MAX_DRIFT_ENTRIES + 5);
  });

  it('merges two reports without changing either', () => {
    const a = {
      skipped: [{ path: 'x', seen: 'null', expected: 'string', count: 2 }],
      unknownWidgets: 1,
    };
    const b = {
      skipped: [{ path: 'x', seen: 'null', expected: 'string', count: 3 }],
      unknownWidgets: 4,
    };
    expect(mergeDrift(a, b)).toEqual({
      skipped: [{ path: 'x', seen: 'null', expected: 'string', count: 5 }],
      unknownWidgets: 5,
    });
    expect(a.skipped[0]?.count).toBe(2);
  });

  it('writes diagnostics from paths and types only, never a value of the answer', () => {
    const read = parseTolerantly(z.looseObject({ phone: looseString.optional() }), {
      phone: { number: '09120000000', session: 'eyJsecret' },
    });
    const text = driftDiagnostics(read.drift, 'post gammaxvi');
    expect(text).toContain('phone: seen object, expected string (×1)');
    expect(text).not.toMatch(/0912|eyJ/);
  });
});

describe('unknown keys', () => {
  it('are counted, inside known widgets too, and never fail the answer', async () => {
    const { readSearchAnswer } = await import('@/lib/divar/read/answers');
    const { readSample } = await import('../listing/samples');
    const before = readSearchAnswer(readSample('searchPage1'));
    const raw = readSample('searchPage1');
    raw.brand_new = 1;
    raw.list_widgets[0].data.also_new = { x: 1 };
    raw.list_widgets.push({ widget_type: 'NEW_ROW', data: { a: 1, b: 2 } });
    const after = readSearchAnswer(raw);
    expect(after.ok && before.ok).toBe(true);
    expect((after.drift.unknownKeys ?? 0) - (before.drift.unknownKeys ?? 0)).toBe(2);
  });
});
