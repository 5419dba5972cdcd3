import { describe, expect, it } from 'vitest';
import { sellerTypeName } from '@/lib/divar/seller-type';

describe('sellerTypeName', () => {
  it('says «مشاور املاک» for a business posting property and «کسب‌وکار» for other businesses', () => {
    expect(sellerTypeName('personal', 'fa')).toBe('شخصی');
    expect(sellerTypeName('real-estate-business', 'fa')).toBe('مشاور املاک');
    expect(sellerTypeName('premium-panel', 'fa', 'apartment-sell')).toBe('مشاور املاک');
    expect(sellerTypeName('premium-panel', 'fa', 'light')).toBe('کسب‌وکار');
    expect(sellerTypeName('shop', 'en')).toBe('Business');
  });
});
