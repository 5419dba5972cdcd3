import type { QuotaState } from './quota';

/** The slice of WXT storage the history's settings need. */
export interface HistorySettingsStorage {
  getItem<T>(key: `local:${string}`): Promise<T | null>;
  setItem<T>(key: `local:${string}`, value: T): Promise<void>;
}

const PASSIVE_KEY = 'local:history:passive:v1' as const;
const QUOTA_KEY = 'local:history:quota:v1' as const;

/** The history's settings: passive recording (on unless turned off) and the last quota check. */
export function createHistorySettings(storage: HistorySettingsStorage) {
  return {
    passive: async () => (await storage.getItem<unknown>(PASSIVE_KEY)) !== false,
    setPassive: (enabled: boolean) => storage.setItem(PASSIVE_KEY, enabled),
    quota: async () => {
      const value = await storage.getItem<QuotaState>(QUOTA_KEY);
      return value && typeof value === 'object' && 'level' in value ? value : undefined;
    },
    saveQuota: (state: QuotaState) => storage.setItem(QUOTA_KEY, state),
  };
}

/** The history's settings as the service uses them. */
export type HistorySettings = ReturnType<typeof createHistorySettings>;
