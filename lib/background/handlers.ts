import { createAlertHandlers } from '../alerts/handlers';
import type { AlertService } from '../alerts/service';
import type { ErrorInfo } from '../errors';
import { createHistoryHandlers } from '../history/handlers';
import type { HistoryService } from '../history/service';
import { createJobHandlers, type JobHandlerDeps } from '../jobs/handlers';
import { createKenarHandlers } from '../kenar/handlers';
import type { KenarService } from '../kenar/service';
import type { Handlers } from '../messaging/router';
import { createPishkhanHandlers } from '../pishkhan/handlers';
import type { PishkhanService } from '../pishkhan/service';
import { createPortalHandlers } from '../portals/handlers';
import type { SyncManager } from '../portals/manager';
import type { PortalService } from '../portals/service';
import type { TabPageService } from '../tabs/tab-page-service';
import { createWatchHandlers } from '../watch/handlers';
import type { WatchService } from '../watch/service';
import { clearAllData } from './clear-all';

/** What the message handlers are built from. */
export interface HandlerDeps {
  pages: TabPageService;
  lastError: { take(): Promise<(ErrorInfo & { at: number }) | undefined> };
  kenar: KenarService;
  jobs: JobHandlerDeps;
  watch: { service: WatchService };
  pishkhan: PishkhanService;
  portals: { service: PortalService; manager: Promise<SyncManager> };
  alerts: AlertService;
  history: HistoryService;
  /** When this service worker instance started (ms since epoch); `ping` reports it. */
  startedAt: number;
  /** The user's UI language (the page toolbar follows it). */
  uiLang(): Promise<'fa' | 'en'>;
}

/** The background's handler for every message in the protocol. */
export function createHandlers({
  pages,
  lastError,
  jobs,
  startedAt,
  kenar,
  watch,
  pishkhan,
  portals,
  alerts,
  history,
  uiLang,
}: HandlerDeps): Handlers {
  return {
    ...createKenarHandlers(kenar),
    ...createPishkhanHandlers(pishkhan),
    ...createJobHandlers(jobs),
    ...createWatchHandlers(watch.service),
    ...createPortalHandlers(portals.service, portals.manager),
    ...createAlertHandlers(alerts),
    ...createHistoryHandlers(history, jobs.store),
    ping: () => ({ pong: true, startedAt }),
    pageSeen: async (request, from) => ({
      page: await pages.pageSeen(from.tabId, request.url),
      lang: await uiLang(),
    }),
    getTabPage: (request) => pages.tabView(request.tabId),
    takeLastError: async () => (await lastError.take()) ?? null,
    clearAllData: () => clearAllData(jobs, watch.service, kenar, portals.manager, alerts, history),
  };
}
