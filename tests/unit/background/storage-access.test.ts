import { describe, expect, it, vi } from 'vitest';
import { restrictLocalStorage } from '@/lib/background/storage-access';

describe('restrictLocalStorage', () => {
  it('asks Chromium to keep storage.local from content scripts', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    expect(await restrictLocalStorage({ setAccessLevel })).toBe('trusted-only');
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('says so, without throwing, where the browser lacks the switch (Firefox)', async () => {
    expect(await restrictLocalStorage({})).toBe('unsupported');
  });

  it('says so, without throwing, where the browser refuses it for storage.local', async () => {
    const setAccessLevel = vi.fn(async () => {
      throw new Error('only storage.session supports setAccessLevel');
    });
    expect(await restrictLocalStorage({ setAccessLevel })).toBe('refused');
  });
});
