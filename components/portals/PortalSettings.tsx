import './portals.css';
import { useEffect, useState } from 'preact/hooks';
import { PortalAccountForm } from './PortalAccountForm';
import { PortalOfficeChoice } from './PortalOfficeChoice';
import { type PortalStatus, usePortalSend, usePortalT } from './portal-env';

/** The options page's "Partner portals" section: the account, the system, office and seller. */
export function PortalSettings() {
  const t = usePortalT();
  const send = usePortalSend();
  const [status, setStatus] = useState<PortalStatus | undefined>();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    send<'portalStatus'>({ type: 'portalStatus' }).then(setStatus, () => undefined);
  }, []);
  const forget = async () => {
    setStatus(await send<'portalRemoveAccount'>({ type: 'portalRemoveAccount', confirmed: true }));
    setConfirming(false);
  };
  return (
    <section class="card options-section" data-testid="portal-settings">
      <h2 class="card__title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p class="muted">{t('secrets')}</p>
      <p class="muted">{t('permissionNote')}</p>
      {status ? (
        <>
          <PortalAccountForm status={status} onStatus={setStatus} />
          <PortalOfficeChoice status={status} onStatus={setStatus} />
          {status.account && !confirming ? (
            <div class="options-row">
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setConfirming(true)}
              >
                {t('remove')}
              </button>
            </div>
          ) : null}
          {confirming ? (
            <div class="options-row" role="alertdialog">
              <span>{t('removeConfirm')}</span>
              <button type="button" class="button button--danger" onClick={() => void forget()}>
                {t('yes')}
              </button>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => setConfirming(false)}
              >
                {t('cancel')}
              </button>
            </div>
          ) : null}
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
    </section>
  );
}
