import type { DivarPage } from '../divar/page-kind';
import { AppError, type ErrorKind } from '../errors';
import { PAGE_WORDS, type PageWordKey } from '../i18n/page';
import { type SendRaw, sendMessage } from '../messaging/client';
import { fetchAllLabel, type ToolbarProgress } from './job-progress';
import type { ToolbarAction } from './toolbar';

/** What the page actions need from the page: messaging and the clipboard. */
export interface PageActionDeps {
  send: SendRaw;
  copy(text: string): Promise<void>;
  /** Persian or English, following the page (divar.ir is Persian). */
  lang: 'fa' | 'en';
  /** The running crawl of this page's search, as the background last said. */
  progress?: ToolbarProgress;
  now?(): number;
}

type PageMessage = 'pageOpenDetails' | 'pageWatch' | 'pageOpenResults';

/** Errors the toolbar says in the page's own words; others show their technical message. */
const PAGE_ERRORS: Partial<Record<ErrorKind, PageWordKey>> = { 'watch-cap': 'watchCap' };

/** Runs `act`, turning an error the toolbar has words for into those words. */
async function inPageWords(lang: 'fa' | 'en', act: () => Promise<string>): Promise<string> {
  try {
    return await act();
  } catch (error) {
    const key = error instanceof AppError ? PAGE_ERRORS[error.kind] : undefined;
    throw key ? new Error(PAGE_WORDS[lang][key]) : error;
  }
}

/** The toolbar buttons: fetch-all, watch, results and copy-request on searches; token, details and JSON on posts. */
export function pageActions(page: DivarPage | undefined, deps: PageActionDeps): ToolbarAction[] {
  const w = PAGE_WORDS[deps.lang];
  // A button that asks the background to act on this tab, and says `done` when it has.
  const ask = (id: string, label: string, type: PageMessage, done: string): ToolbarAction => ({
    id,
    label,
    run: () =>
      inPageWords(deps.lang, async () => {
        await sendMessage(deps.send, { type });
        return done;
      }),
  });
  // Fetch all starts one crawl per search; a second press reopens the one already running.
  const fetchAll: ToolbarAction = {
    id: 'fetch-all',
    label: fetchAllLabel(deps.progress, deps.lang, deps.now?.() ?? Date.now()),
    run: async () => {
      const { started } = await sendMessage<'pageFetchAll'>(deps.send, { type: 'pageFetchAll' });
      return started ? w.started : w.alreadyFetching;
    },
  };
  // A button that copies what the background makes of this tab's page.
  const copyFrom = (
    id: string,
    label: string,
    text: () => Promise<{ text: string }>,
  ): ToolbarAction => ({
    id,
    label,
    run: async () => {
      await deps.copy((await text()).text);
      return w.copied;
    },
  });
  if (page?.kind === 'post') {
    return [
      {
        id: 'copy-token',
        label: w.copyToken,
        run: async () => {
          await deps.copy(page.token);
          return w.copied;
        },
      },
      ask('details', w.details, 'pageOpenDetails', w.opened),
      copyFrom('copy-json', w.copyJson, () =>
        sendMessage<'pageDetailsJson'>(deps.send, { type: 'pageDetailsJson' }),
      ),
    ];
  }
  if (page?.kind !== 'search') return [];
  return [
    fetchAll,
    ask('watch', w.watch, 'pageWatch', w.watching),
    ask('export', w.export, 'pageOpenResults', w.opened),
    copyFrom('copy-curl', w.copyCurl, () =>
      sendMessage<'pageRequestText'>(deps.send, { type: 'pageRequestText', format: 'curl' }),
    ),
  ];
}
