import './alerts.css';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AlertTargetView } from '@/lib/alerts/types';
import type { ErrorKind } from '@/lib/errors';
import { ErrorNotice } from '../ErrorNotice';
import { useServices } from '../services';
import { AlertTargetForm } from './AlertTargetForm';
import { AlertTargetRow } from './AlertTargetRow';
import { useAlertSend, useAlertT } from './alert-env';

/** Props of AlertTargets. */
export interface AlertTargetsProps {
  watchId: string;
}

/** A watch's "send to phone" panel: its destinations with their state, and a form to add one. */
export function AlertTargets({ watchId }: AlertTargetsProps) {
  const t = useAlertT();
  const send = useAlertSend();
  const { watchLocal } = useServices();
  const [targets, setTargets] = useState<AlertTargetView[] | undefined>();
  const [error, setError] = useState<{ kind: ErrorKind; detail?: string } | undefined>();
  const refresh = useCallback(
    () => send<'alertTargets'>({ type: 'alertTargets', watchId }).then(setTargets, () => undefined),
    [watchId],
  );
  useEffect(() => {
    void refresh();
    // Deliveries and retries happen in the background: follow the outbox as it changes.
    return watchLocal?.('alerts:v1:', () => void refresh());
  }, [refresh, watchLocal]);
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      return true;
    } catch (thrown) {
      const { kind = 'internal', message } = thrown as { kind?: ErrorKind; message?: string };
      setError({ kind, detail: message });
      return false;
    } finally {
      await refresh();
    }
  };
  return (
    <section class="alerts" data-testid="alerts" aria-label={t('title')}>
      <h3 class="alerts__title">{t('title')}</h3>
      <p class="muted">{t('intro')}</p>
      {error ? <ErrorNotice kind={error.kind} detail={error.detail} /> : null}
      {targets && targets.length === 0 ? <p class="muted">{t('empty')}</p> : null}
      {targets && targets.length > 0 ? (
        <ul class="alerts__list">
          {targets.map((target) => (
            <AlertTargetRow key={target.id} target={target} act={act} />
          ))}
        </ul>
      ) : null}
      <AlertTargetForm
        watchId={watchId}
        onAdded={(next) => {
          setError(undefined);
          setTargets(next);
        }}
        onError={(kind, detail) => setError({ kind, detail })}
      />
    </section>
  );
}
