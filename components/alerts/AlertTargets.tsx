import './alerts.css';
import { useState } from 'preact/hooks';
import type { ErrorKind } from '@/lib/errors';
import { ErrorNotice } from '../ErrorNotice';
import { AlertTargetForm } from './AlertTargetForm';
import { AlertTargetRow } from './AlertTargetRow';
import { useAlertT } from './alert-env';
import { useAlertTargets } from './use-alert-targets';

/** Props of AlertTargets. */
export interface AlertTargetsProps {
  watchId: string;
}

/** A watch's "send to phone" panel: its destinations with their state, and a form to add one. */
export function AlertTargets({ watchId }: AlertTargetsProps) {
  const t = useAlertT();
  const { targets, setTargets, refresh } = useAlertTargets(watchId);
  const [error, setError] = useState<{ kind: ErrorKind; detail?: string } | undefined>();
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
