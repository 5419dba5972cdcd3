import type { DivarPage } from '../divar/page-kind';
import type { PostHistory } from '../history/summary';
import { type SendRaw, sendMessage } from '../messaging/client';
import { readPostFacts } from './post-facts';
import { renderHistoryCard } from './post-history-card';

/** What the post page's history card needs (fakes in tests). */
export interface PostHistoryDeps {
  doc: Document;
  send: SendRaw;
  log(...args: unknown[]): void;
}

/**
 * Shows the listing history on a post page: sends the post as the page shows it (recorded unless
 * passive recording is off; no request to divar) and draws the answer. Asks once per post; a
 * change of language only redraws. Never throws into divar's page.
 */
export function createPostHistory(deps: PostHistoryDeps) {
  let token = '';
  let answer: PostHistory | null | undefined;
  let lang: 'fa' | 'en' = 'fa';
  let drawn = '';
  const draw = () => {
    if (answer === undefined || drawn === `${token}|${lang}`) return;
    drawn = `${token}|${lang}`;
    renderHistoryCard(deps.doc, answer, lang);
  };
  return (page: DivarPage | undefined, nextLang: 'fa' | 'en') => {
    lang = nextLang;
    if (page?.kind !== 'post') {
      token = '';
      return;
    }
    if (page.token === token) return draw();
    token = page.token;
    answer = undefined;
    drawn = '';
    const facts = readPostFacts(deps.doc, page.token);
    // A page with a title and no amount or size is no sight of the listing (divar's 404 page
    // has a title too): it asks for the history and records nothing.
    const isListing = ['price', 'deposit', 'rent', 'size'].some((key) => key in facts);
    void sendMessage<'pagePostHistory'>(deps.send, {
      type: 'pagePostHistory',
      token: page.token,
      cards: isListing ? [facts] : [],
    }).then(
      (reply) => {
        if (token !== page.token) return; // the tab moved on meanwhile
        answer = reply.history;
        draw();
      },
      (error: unknown) => deps.log('Divar Actions: history', error),
    );
  };
}
