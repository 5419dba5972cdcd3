import type { DivarPage } from '../divar/page-kind';
import { type SendRaw, sendMessage } from '../messaging/client';
import type { ToolbarAction } from './toolbar';

/** What the page actions need from the page: messaging and the clipboard. */
export interface PageActionDeps {
  send: SendRaw;
  copy(text: string): Promise<void>;
  /** Persian or English, following the page (divar.ir is Persian). */
  lang: 'fa' | 'en';
}

const WORDS = {
  fa: {
    fetchAll: 'دریافت همه',
    copyCurl: 'رونوشت cURL',
    copyToken: 'رونوشت توکن',
    copyJson: 'جزئیات به شکل JSON',
    details: 'جزئیات و کنار',
    export: 'نتیجه‌ها و خروجی',
    opened: '✓ باز شد',
    watch: 'پیگیری',
    watching: '✓ پیگیری می‌شود؛ خبرها با اعلان می‌آیند',
    copied: '✓ رونوشت شد',
    started: '✓ در حال دریافت؛ پنجرهٔ افزونه را باز کنید',
  },
  en: {
    fetchAll: 'Fetch all',
    copyCurl: 'Copy cURL',
    copyToken: 'Copy token',
    copyJson: 'Details as JSON',
    details: 'Details & Kenar',
    export: 'Results & export',
    opened: '✓ Opened',
    watch: 'Watch',
    watching: '✓ Watching; news arrives as notifications',
    copied: '✓ Copied',
    started: '✓ Fetching; open the extension popup',
  },
};

type PageMessage = 'pageOpenDetails' | 'pageFetchAll' | 'pageWatch' | 'pageOpenResults';

/** The toolbar buttons: fetch-all, watch, results and copy-request on searches; token, details and JSON on posts. */
export function pageActions(page: DivarPage | undefined, deps: PageActionDeps): ToolbarAction[] {
  const w = WORDS[deps.lang];
  // A button that asks the background to act on this tab, and says `done` when it has.
  const ask = (id: string, label: string, type: PageMessage, done: string): ToolbarAction => ({
    id,
    label,
    run: async () => (await sendMessage(deps.send, { type }), done),
  });
  // A button that copies what the background makes of this tab's page.
  const copyFrom = (
    id: string,
    label: string,
    text: () => Promise<{ text: string }>,
  ): ToolbarAction => ({
    id,
    label,
    run: async () => (await deps.copy((await text()).text), w.copied),
  });
  if (page?.kind === 'post') {
    return [
      {
        id: 'copy-token',
        label: w.copyToken,
        run: async () => (await deps.copy(page.token), w.copied),
      },
      ask('details', w.details, 'pageOpenDetails', w.opened),
      copyFrom('copy-json', w.copyJson, () =>
        sendMessage<'pageDetailsJson'>(deps.send, { type: 'pageDetailsJson' }),
      ),
    ];
  }
  if (page?.kind !== 'search') return [];
  return [
    ask('fetch-all', w.fetchAll, 'pageFetchAll', w.started),
    ask('watch', w.watch, 'pageWatch', w.watching),
    ask('export', w.export, 'pageOpenResults', w.opened),
    copyFrom('copy-curl', w.copyCurl, () =>
      sendMessage<'pageRequestText'>(deps.send, { type: 'pageRequestText', format: 'curl' }),
    ),
  ];
}
