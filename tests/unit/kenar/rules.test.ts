import { describe, expect, it } from 'vitest';
import { allows, scopesFor, scopeToRequest, unionScopes } from '@/lib/kenar/scopes';
import { checkPostEdit, isButtonLink, normalizePhone } from '@/lib/kenar/validate';

describe('scopes', () => {
  it('prefers global scopes and falls back to per-post ones when refused', () => {
    expect(scopesFor('edit', 'gAbc')).toEqual(['EDIT_USER_POST', 'POST_EDIT.gAbc']);
    expect(scopeToRequest('edit', 'gAbc', [])).toBe('EDIT_USER_POST');
    expect(scopeToRequest('edit', 'gAbc', ['EDIT_USER_POST'])).toBe('POST_EDIT.gAbc');
    expect(allows(['POST_EDIT.gAbc'], 'edit', 'gAbc')).toBe(true);
    expect(allows(['POST_EDIT.gAbc'], 'edit', 'gOther')).toBe(false);
    expect(allows(['USER_SET_CUSTOMIZED_BUTTON'], 'button')).toBe(true);
    expect(unionScopes(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('checks before sending', () => {
  it('wants a title of 3 to 50 characters (as a person counts them) and a description', () => {
    expect(checkPostEdit({ title: 'اب', description: 'x' })).toEqual([
      { field: 'title', code: 'too-short' },
    ]);
    expect(checkPostEdit({ title: 'ا'.repeat(51), description: '' })).toEqual([
      { field: 'title', code: 'too-long' },
      { field: 'description', code: 'required' },
    ]);
    expect(checkPostEdit({ title: ' 😀😀😀 ', description: 'd' })).toEqual([]);
    expect(checkPostEdit({ title: 'ا'.repeat(50), description: 'd' })).toEqual([]);
  });

  it.each([
    ['09121234567', '09121234567'],
    ['۰۹۱۲۱۲۳۴۵۶۷', '09121234567'],
    ['+98 912 123 4567', '09121234567'],
    ['٠٩١٢١٢٣٤٥٦٧', '09121234567'],
    ['0912123456', undefined],
    ['02112345678', undefined],
  ])('reads the phone %s as %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it('takes only https links for a button', () => {
    expect(isButtonLink('https://shop.example/p/1')).toBe(true);
    expect(isButtonLink('http://shop.example')).toBe(false);
    expect(isButtonLink('javascript:alert(1)')).toBe(false);
    expect(isButtonLink('shop')).toBe(false);
  });
});
