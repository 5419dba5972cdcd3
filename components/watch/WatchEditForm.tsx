import { useState } from 'preact/hooks';
import { MAX_INTERVAL_MINUTES } from '@/lib/watch/schedule';
import type { WatchedSearch } from '@/lib/watch/types';
import { useWatchT } from './watch-text';

/** Props of WatchEditForm. */
export interface WatchEditFormProps {
  search: WatchedSearch;
  minIntervalMinutes: number;
  onSave(patch: { name: string; intervalMinutes: number }): void;
  onCancel(): void;
}

/** Edits a watched search's name and check interval. */
export function WatchEditForm({
  search,
  minIntervalMinutes,
  onSave,
  onCancel,
}: WatchEditFormProps) {
  const t = useWatchT();
  const [name, setName] = useState(search.name);
  const [interval, setIntervalText] = useState(String(search.intervalMinutes));
  const minutes = Number(interval);
  const isValid =
    name.trim() !== '' &&
    Number.isInteger(minutes) &&
    minutes >= minIntervalMinutes &&
    minutes <= MAX_INTERVAL_MINUTES;
  return (
    <form
      class="watch__form"
      data-testid="watch-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (isValid) onSave({ name: name.trim(), intervalMinutes: minutes });
      }}
    >
      <label>
        <span class="label">{t('name')}</span>
        <input
          class="input"
          data-testid="watch-form-name"
          maxLength={120}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label>
        <span class="label">{t('interval')}</span>
        <input
          class="input"
          type="number"
          data-testid="watch-form-interval"
          min={minIntervalMinutes}
          max={MAX_INTERVAL_MINUTES}
          step={1}
          value={interval}
          onInput={(e) => setIntervalText(e.currentTarget.value)}
        />
        <span class="muted">{t('intervalHint', { min: minIntervalMinutes })}</span>
      </label>
      <div class="actions">
        <button
          type="submit"
          class="button button--small"
          data-testid="watch-form-save"
          disabled={!isValid}
        >
          {t('save')}
        </button>
        <button type="button" class="button button--small button--quiet" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
