import type { Handler } from '../messaging/router';
import type { PishkhanService } from './service';

/** The background's handlers for the Bazaar messages, over the Bazaar service. */
export function createPishkhanHandlers(bazaar: PishkhanService) {
  return {
    pishkhanApps: () => bazaar.apps(),
    pishkhanAddApp: ({ packageName, token }) => bazaar.addApp(packageName, token),
    pishkhanRemoveApp: ({ packageName }) => bazaar.removeApp(packageName),
    pishkhanTestToken: ({ packageName }) => bazaar.testToken(packageName),
    pishkhanStatus: ({ packageName }) => bazaar.status(packageName),
    pishkhanDraft: ({ packageName }) => bazaar.draft(packageName),
    pishkhanCreate: ({ packageName }) => bazaar.create(packageName),
    pishkhanDiscard: ({ packageName }) => bazaar.discard(packageName),
    pishkhanCommit: ({ packageName, form }) => bazaar.commit(packageName, form),
  } satisfies { [K in PishkhanMessage]: Handler<K> };
}

type PishkhanMessage = keyof typeof import('./protocol').PISHKHAN_PROTOCOL;
