import { useState } from 'preact/hooks';
import { ErrorNotice } from '../ErrorNotice';
import { useTask } from '../kenar/kenar-env';
import { usePortalSend, usePortalT } from './portal-env';

/** Removes one listing from the portal, only after the user says yes to the question. */
export function RemoveFromPortal({ token }: { token: string }) {
  const t = usePortalT();
  const send = usePortalSend();
  const [asking, setAsking] = useState(false);
  const [removed, remove] = useTask<{ removed: true }>();
  if (removed.status === 'done') return <span class="muted">{t('removed')}</span>;
  if (removed.status === 'failed')
    return <ErrorNotice kind={removed.error.kind} detail={removed.error.message} />;
  if (!asking)
    return (
      <button
        type="button"
        class="button button--small button--secondary"
        onClick={() => setAsking(true)}
      >
        {t('removeListing')}
      </button>
    );
  return (
    <span role="alertdialog" class="portal-confirm">
      {t('removeListingConfirm')}{' '}
      <button
        type="button"
        class="button button--small button--danger"
        onClick={() =>
          remove(() => send<'portalRemove'>({ type: 'portalRemove', token, confirmed: true }))
        }
      >
        {t('yes')}
      </button>
      <button
        type="button"
        class="button button--small button--secondary"
        onClick={() => setAsking(false)}
      >
        {t('cancel')}
      </button>
    </span>
  );
}
