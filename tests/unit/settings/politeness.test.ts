import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { createFakeClock } from '@/lib/http/clock';
import { createRateLimiter } from '@/lib/http/rate-limiter';
import { loadPoliteness, POLITENESS_KEY, savePoliteness } from '@/lib/settings/politeness';

describe('politeness settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults to one request a second and ten contact numbers a day', async () => {
    expect(await loadPoliteness(storage)).toEqual({ ratePerSecond: 1, dailyContacts: 10 });
  });

  it('keeps saved values and falls back to the defaults on garbage', async () => {
    await savePoliteness(storage, { ratePerSecond: 2.5, dailyContacts: 12 });
    expect(await loadPoliteness(storage)).toEqual({ ratePerSecond: 2.5, dailyContacts: 12 });
    await storage.setItem(POLITENESS_KEY, { ratePerSecond: 999 });
    expect(await loadPoliteness(storage)).toEqual({ ratePerSecond: 1, dailyContacts: 10 });
  });

  it('refuses to save values outside the safe range', async () => {
    await expect(
      savePoliteness(storage, { ratePerSecond: 50, dailyContacts: 10 }),
    ).rejects.toThrow();
  });

  it('a new ceiling applies to a running limiter at once, downwards', () => {
    const limiter = createRateLimiter({ ratePerSecond: 4 }, createFakeClock(), () => 0);
    limiter.setCeiling(1);
    expect(limiter.rate()).toBe(1);
    limiter.setCeiling(3);
    for (let i = 0; i < 1000; i++) limiter.onSuccess();
    expect(limiter.rate()).toBe(3);
  });
});
