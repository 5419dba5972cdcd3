import { describe, expect, it } from 'vitest';
import { textLang } from '@/lib/i18n/text-lang';

describe('textLang', () => {
  it('tells Persian data from English by its letters, digits and signs aside', () => {
    expect(textLang('آپارتمان ۹۷ متری')).toBe('fa');
    expect(textLang('Peugeot 206')).toBe('en');
    expect(textLang('۱۲۳٬۴۵۶')).toBeUndefined();
    expect(textLang('=HYPERLINK("x","ویلا")')).toBe('fa');
  });
});
