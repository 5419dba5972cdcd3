import { useState } from 'preact/hooks';
import type { KenarStatus } from '@/lib/kenar/protocol';
import { KenarErrorNotice } from '../kenar/KenarErrorNotice';
import { useKenarSend, useKenarT, useTask } from '../kenar/kenar-env';

/** Props shared by the settings sections. */
export interface SettingsProps {
  status: KenarStatus;
  onStatus(status: KenarStatus): void;
}

/** The app's API key: enter (never shown back), clear, and test it against Kenar. */
export function KeySettings({ status, onStatus }: SettingsProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [key, setKey] = useState('');
  const [saved, save] = useTask<KenarStatus>();
  const [test, runTest] = useTask<{ valid: true; canGetPost: boolean }>();
  const store = (apiKey: string) =>
    save(async () => {
      const next = await send<'kenarSaveSettings'>({ type: 'kenarSaveSettings', apiKey });
      onStatus(next);
      setKey('');
      return next;
    });
  return (
    <section class="card options-section" data-testid="options-key">
      <h2 class="card__title">{t('options.apiKey')}</h2>
      {status.hasKey ? (
        <p class="muted" data-testid="key-set">
          {t('options.keySet', { hint: status.keyHint ?? '' })}
        </p>
      ) : null}
      <div class="options-row">
        <input
          class="input"
          type="password"
          dir="ltr"
          autocomplete="off"
          data-testid="api-key"
          aria-label={t('options.apiKey')}
          value={key}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button"
          data-testid="api-key-save"
          disabled={!key.trim()}
          onClick={() => store(key)}
        >
          {t('options.save')}
        </button>
        {status.hasKey ? (
          <button type="button" class="button button--secondary" onClick={() => store('')}>
            {t('options.clear')}
          </button>
        ) : null}
        <button
          type="button"
          class="button button--secondary"
          data-testid="test-key"
          disabled={!status.hasKey}
          onClick={() => runTest(() => send<'kenarTestKey'>({ type: 'kenarTestKey' }))}
        >
          {t('options.testKey')}
        </button>
      </div>
      {saved.status === 'done' ? <p class="ok">{t('options.saved')}</p> : null}
      {test.status === 'done' ? (
        <p class="ok" data-testid="key-ok">
          {t(test.data.canGetPost ? 'options.keyOk' : 'options.keyNoGetPost')}
        </p>
      ) : null}
      {test.status === 'failed' ? <KenarErrorNotice error={test.error} /> : null}
    </section>
  );
}
