import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AlertTargetView } from '@/lib/alerts/types';
import { useServices } from '../services';
import { useAlertSend } from './alert-env';

/**
 * The destinations of a watch as the background reports them, kept current as the outbox
 * changes (deliveries and retries happen in the background); `refresh` re-reads them now.
 */
export function useAlertTargets(watchId: string) {
  const send = useAlertSend();
  const { watchLocal } = useServices();
  const [targets, setTargets] = useState<AlertTargetView[] | undefined>();
  const refresh = useCallback(
    () => send<'alertTargets'>({ type: 'alertTargets', watchId }).then(setTargets, () => undefined),
    [watchId],
  );
  useEffect(() => {
    void refresh();
    return watchLocal?.('alerts:v1:', () => void refresh());
  }, [refresh, watchLocal]);
  return { targets, setTargets, refresh };
}
