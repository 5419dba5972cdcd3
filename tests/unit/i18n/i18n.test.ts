import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_KINDS } from '@/lib/errors';
import { describeError, LANGS, translate } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { fa } from '@/lib/i18n/fa';

const locale = (lang: string) =>
  JSON.parse(
    readFileSync(
      new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url),
      'utf8',
    ),
  );

describe('i18n', () => {
  it('has the same keys in Persian and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fa).sort());
    for (const table of [fa, en]) {
      for (const [key, value] of Object.entries(table)) expect(value.trim(), key).not.toBe('');
    }
  });

  it.each(ERROR_KINDS)('says what %s means and how to fix it, in both languages', (kind) => {
    for (const lang of LANGS) {
      const { text, action } = describeError(lang, kind);
      expect(text).not.toBe(action);
      expect(text.length).toBeGreaterThan(5);
      expect(action.length).toBeGreaterThan(5);
    }
    expect(describeError('fa', kind).text).toMatch(/[\u0600-\u06FF]/);
    expect(describeError('en', kind).text).not.toMatch(/[\u0600-\u06FF]/);
  });

  it('keeps the manifest locales in step', () => {
    const [faLocale, enLocale] = [locale('fa'), locale('en')];
    expect(Object.keys(faLocale).sort()).toEqual(Object.keys(enLocale).sort());
    expect(enLocale.extName.message).toBe('Divar Actions');
    expect(faLocale.extName.message).toBe(translate('fa', 'appName'));
  });
});
