import type { Handler } from '../messaging/router';
import type { ALERTS_PROTOCOL } from './protocol';
import type { AlertService } from './service';

type AlertMessage = keyof typeof ALERTS_PROTOCOL;

/** The background's handlers for the alert messages. */
export function createAlertHandlers(service: AlertService) {
  return {
    alertTargets: ({ watchId }) => service.list(watchId),
    alertAdd: ({ type: _, ...target }) => service.add(target),
    async alertRemove({ id }) {
      await service.remove(id);
      return { removed: true as const };
    },
    alertTest: ({ id }) => service.test(id),
    alertRetry: ({ id }) => service.retryNow(id),
  } satisfies { [K in AlertMessage]: Handler<K> };
}
