import { useState } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import { type BazaarApp, isPackageName } from '@/lib/pishkhan/store';
import { BazaarError } from './BazaarError';
import { useBazaarTask, usePishkhanEnv, usePishkhanT } from './pishkhan-env';

/** Adds an app: its package name (a label) and its Pishkhan token (never shown back). */
export function AppForm({ onApps }: { onApps(apps: BazaarApp[]): void }) {
  const t = usePishkhanT();
  const env = usePishkhanEnv();
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const { task, run } = useBazaarTask<BazaarApp[]>();
  const badName = name.trim() !== '' && !isPackageName(name.trim());
  const save = () =>
    run(async () => {
      const apps = await sendMessage<'pishkhanAddApp'>(env.send, {
        type: 'pishkhanAddApp',
        packageName: name.trim(),
        token,
      });
      onApps(apps);
      setName('');
      setToken('');
      return apps;
    });
  return (
    <div class="bazaar-form" data-testid="bazaar-add">
      <h3 class="bazaar-subtitle">{t('app.add')}</h3>
      <div class="options-row">
        <input
          class="input"
          dir="ltr"
          autocomplete="off"
          placeholder="ir.example.app"
          aria-label={t('app.packageName')}
          data-testid="bazaar-package-name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <input
          class="input"
          type="password"
          dir="ltr"
          autocomplete="off"
          aria-label={t('app.token')}
          placeholder={t('app.token')}
          data-testid="bazaar-token"
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <button
          type="button"
          class="button"
          data-testid="bazaar-add-save"
          disabled={!name.trim() || !token.trim() || badName || task.status === 'busy'}
          onClick={save}
        >
          {t('app.save')}
        </button>
      </div>
      {badName ? <p class="bazaar-problem">{t('app.badPackage')}</p> : null}
      <p class="muted">{t('app.tokenHelp')}</p>
      {task.status === 'failed' ? <BazaarError error={task.error} /> : null}
    </div>
  );
}
