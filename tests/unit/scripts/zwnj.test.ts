import { describe, expect, it } from 'vitest';
import { placeById, placeBySlug } from '@/lib/divar/places';
import { restoreZwnj } from '../../../scripts/lib/zwnj.ts';

describe('restoreZwnj', () => {
  it('puts back the half-spaces the copied tables lost', () => {
    expect(restoreZwnj('خرمآباد')).toBe('خرم‌آباد');
    expect(restoreZwnj('پروژههای ساختوساز')).toBe('پروژه‌های ساخت‌وساز');
    expect(restoreZwnj('اجارهٔ کوتاهمدت')).toBe('اجارهٔ کوتاه‌مدت');
    expect(restoreZwnj('آپارتمان')).toBe('آپارتمان');
    expect(restoreZwnj('سعادت‌آباد')).toBe('سعادت‌آباد');
  });

  it('is applied to the generated tables', () => {
    expect(placeBySlug('khorramabad')?.name).toBe('خرم‌آباد');
    expect(placeById(1)?.name).toBe('تهران');
  });
});
