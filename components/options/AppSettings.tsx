import { useState } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import type { KenarStatus } from '@/lib/kenar/protocol';
import { CopyButton } from '../CopyButton';
import { ErrorNotice } from '../ErrorNotice';
import { useKenarSend, useKenarT, useTask } from '../kenar/kenar-env';
import type { SettingsProps } from './KeySettings';

/** The app slug and OAuth secret for signing in, and the redirect URL to register with Kenar. */
export function AppSettings({ status, onStatus }: SettingsProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [slug, setSlug] = useState(status.appSlug ?? '');
  const [secret, setSecret] = useState('');
  const [saved, save] = useTask<KenarStatus>();
  const [copyError, setCopyError] = useState<ErrorKind | undefined>();
  const submit = () =>
    save(async () => {
      const next = await send<'kenarSaveSettings'>({
        type: 'kenarSaveSettings',
        appSlug: slug,
        ...(secret.trim() ? { clientSecret: secret } : {}),
      });
      onStatus(next);
      setSecret('');
      return next;
    });
  return (
    <section class="card options-section" data-testid="options-app">
      <label class="label" for="app-slug">
        {t('options.appSlug')}
      </label>
      <input
        id="app-slug"
        class="input"
        dir="ltr"
        data-testid="app-slug"
        value={slug}
        onInput={(e) => setSlug(e.currentTarget.value)}
      />
      <label class="label" for="client-secret">
        {t('options.clientSecret')}
      </label>
      {status.hasSecret ? (
        <p class="muted" data-testid="secret-set">
          {t('options.secretSet')}
        </p>
      ) : null}
      <input
        id="client-secret"
        class="input"
        type="password"
        dir="ltr"
        autocomplete="off"
        data-testid="client-secret"
        value={secret}
        onInput={(e) => setSecret(e.currentTarget.value)}
      />
      <div class="options-row">
        <button type="button" class="button" data-testid="app-save" onClick={submit}>
          {t('options.save')}
        </button>
        {saved.status === 'done' ? <span class="ok">{t('options.saved')}</span> : null}
      </div>
      {saved.status === 'failed' ? (
        <ErrorNotice kind={saved.error.kind} detail={saved.error.message} />
      ) : null}
      <p>{t('options.redirect')}</p>
      <div class="options-row">
        <code dir="ltr" data-testid="redirect-uri">
          {status.redirectUri}
        </code>
        <CopyButton text={status.redirectUri} onError={setCopyError} />
      </div>
      {copyError ? <ErrorNotice kind={copyError} /> : null}
    </section>
  );
}
