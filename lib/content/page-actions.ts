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

/** The toolbar buttons: fetch-all, watch and copy-request on searches; token and details JSON on posts. */
export function pageActions(page: DivarPage | undefined, deps: PageActionDeps): ToolbarAction[] {
  const w = WORDS[deps.lang];
  if (page?.kind === 'post') {
    return [
      {
        id: 'copy-token',
        label: w.copyToken,
        run: async () => (await deps.copy(page.token), w.copied),
      },
      {
        id: 'details',
        label: w.details,
        run: async () => (
          await sendMessage<'pageOpenDetails'>(deps.send, { type: 'pageOpenDetails' }), w.opened
        ),
      },
      {
        id: 'copy-json',
        label: w.copyJson,
        run: async () => {
          const { text } = await sendMessage<'pageDetailsJson'>(deps.send, {
            type: 'pageDetailsJson',
          });
          await deps.copy(text);
          return w.copied;
        },
      },
    ];
  }
  if (page?.kind !== 'search') return [];
  return [
    {
      id: 'fetch-all',
      label: w.fetchAll,
      run: async () => (
        await sendMessage<'pageFetchAll'>(deps.send, { type: 'pageFetchAll' }), w.started
      ),
    },
    {
      id: 'watch',
      label: w.watch,
      run: async () => (
        await sendMessage<'pageWatch'>(deps.send, { type: 'pageWatch' }), w.watching
      ),
    },
    {
      id: 'export',
      label: w.export,
      run: async () => (
        await sendMessage<'pageOpenResults'>(deps.send, { type: 'pageOpenResults' }), w.opened
      ),
    },
    {
      id: 'copy-curl',
      label: w.copyCurl,
      run: async () => {
        const { text } = await sendMessage<'pageRequestText'>(deps.send, {
          type: 'pageRequestText',
          format: 'curl',
        });
        await deps.copy(text);
        return w.copied;
      },
    },
  ];
}
