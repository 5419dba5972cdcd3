import type { JobStore } from '../jobs/store';
import type { Handler } from '../messaging/router';
import { jobChanges } from './job-recorder';
import { observedCards } from './page-schema';
import type { HISTORY_PROTOCOL } from './protocol';
import type { HistoryService } from './service';

type HistoryHandlers = { [K in keyof typeof HISTORY_PROTOCOL]: Handler<K> };

/** The background's handlers for listing-history messages. */
export function createHistoryHandlers(
  history: HistoryService,
  jobStore: Promise<JobStore>,
): HistoryHandlers {
  return {
    async pageCards({ cards }) {
      const { observed, skipped } = observedCards(cards);
      await history.recordCards(observed);
      return { notes: await history.cardNotes(observed.map((o) => o.token)), skipped };
    },
    async pagePostHistory({ cards, token }) {
      const { observed } = observedCards(cards);
      await history.recordCards(observed.filter((o) => o.token === token));
      return { history: (await history.postHistory(token)) ?? null };
    },
    historyStatus: () => history.status(),
    async setPassiveRecording({ enabled }) {
      await history.setPassive(enabled);
      return history.status();
    },
    jobChanges: async ({ jobId }) => jobChanges(await jobStore, jobId),
  };
}
