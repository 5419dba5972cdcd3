import { useState } from 'preact/hooks';
import type { KenarStatus } from '@/lib/kenar/protocol';
import type { Revocation } from '@/lib/kenar/revoke';
import { ConnectButton } from '../kenar/ConnectButton';
import { useKenarSend, useKenarT, useTask } from '../kenar/kenar-env';
import { RevocationNote } from '../kenar/RevocationNote';
import type { SettingsProps } from './KeySettings';
import { WhoAmI } from './WhoAmI';

/** The divar account connection (scopes granted, connect, disconnect) and the search quota. */
export function ConnectionSettings({ status, onStatus }: SettingsProps) {
  const t = useKenarT();
  const send = useKenarSend();
  const [, run] = useTask<KenarStatus>();
  const [revocation, setRevocation] = useState<Revocation | undefined>();
  const disconnect = () =>
    run(async () => {
      const { revocation: outcome, ...next } = await send<'kenarDisconnect'>({
        type: 'kenarDisconnect',
      });
      setRevocation(outcome);
      onStatus(next);
      return next;
    });
  return (
    <section
      class="card options-section"
      data-testid="options-connection"
      data-connected={status.connected}
    >
      <h2 class="card__title">{t('options.connection')}</h2>
      <p data-testid="connection-state">
        {t(status.connected ? 'options.connected' : 'options.notConnected')}
      </p>
      <RevocationNote revocation={revocation} />
      {status.connected ? (
        <>
          <p class="muted">{t('options.scopes')}</p>
          <ul data-testid="granted-scopes">
            {status.scopes.map((scope) => (
              <li key={scope}>
                <code dir="ltr">{scope}</code>
              </li>
            ))}
          </ul>
          <WhoAmI />
          <button
            type="button"
            class="button button--secondary"
            data-testid="disconnect"
            onClick={disconnect}
          >
            {t('disconnect')}
          </button>
        </>
      ) : (
        <ConnectButton onConnected={onStatus} />
      )}
      <h2 class="card__title">{t('options.quota')}</h2>
      <p data-testid="options-quota">
        {t('searchLeft', { left: status.quota.left, limit: status.quota.limit })}
      </p>
    </section>
  );
}
