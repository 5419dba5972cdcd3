import { classifyDivarUrl, type DivarPage } from '../divar/page-kind';
import { type SendRaw, sendMessage } from '../messaging/client';

/**
 * Tells the background which divar.ir page the tab shows. Never throws: the content script runs
 * inside divar's page, so failures (background asleep, extension updated) are only logged.
 */
export async function reportPage(
  href: string,
  send: SendRaw,
  log: (message: string) => void = () => {},
): Promise<DivarPage | undefined> {
  try {
    const page = classifyDivarUrl(href);
    if (!page) return undefined;
    await sendMessage<'pageSeen'>(send, { type: 'pageSeen', url: page.url });
    return page;
  } catch (error) {
    log(`Divar Actions: could not report the page: ${String(error)}`);
    return undefined;
  }
}
