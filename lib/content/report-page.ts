import { classifyDivarUrl, type DivarPage } from '../divar/page-kind';
import { type SendRaw, sendMessage } from '../messaging/client';

/** What reportPage needs besides the URL. */
export interface ReportDeps {
  send: SendRaw;
  log?: (message: string) => void;
  /** Told the UI language the background answered with (the toolbar follows it). */
  onLang?: (lang: 'fa' | 'en') => void;
}

/**
 * Tells the background which divar.ir page the tab shows (it asks for the page's own filters
 * when it needs them: `createPageStateAnswer`). Never throws: the content script runs inside
 * divar's page, so failures (background asleep, extension updated) are only logged.
 */
export async function reportPage(href: string, deps: ReportDeps): Promise<DivarPage | undefined> {
  try {
    const page = classifyDivarUrl(href);
    if (!page) return undefined;
    const answer = await sendMessage<'pageSeen'>(deps.send, { type: 'pageSeen', url: page.url });
    if (answer?.lang === 'fa' || answer?.lang === 'en') deps.onLang?.(answer.lang);
    return page;
  } catch (error) {
    deps.log?.(`Divar Actions: could not report the page: ${String(error)}`);
    return undefined;
  }
}
