import type { CardNote } from '../history/summary';
import { MAX_PAGE_CARDS } from '../history/types';
import { type SendRaw, sendMessage } from '../messaging/client';
import type { CardFacts } from './card-badges';
import { noteText } from './history-text';

/**
 * The listing history's side of the search page's badges: sends the cards the page already shows
 * (no request to divar; the background records them unless passive recording is off), at most
 * MAX_PAGE_CARDS a message, and keeps what the history says of each.
 */
export function createCardHistory(send: SendRaw) {
  const notes = new Map<string, CardNote>();
  return {
    /** Sends these cards and takes the history's notes; resolves once every answer is in. */
    async ask(cards: CardFacts[]): Promise<void> {
      for (let i = 0; i < cards.length; i += MAX_PAGE_CARDS) {
        const chunk = cards.slice(i, i + MAX_PAGE_CARDS);
        // A rent card's amount is not a sale price: the history gets its title and size only.
        const sent = chunk.map(({ isRent, price, ...rest }) =>
          isRent ? rest : { ...rest, price },
        );
        const answer = await sendMessage<'pageCards'>(send, { type: 'pageCards', cards: sent });
        for (const card of chunk) notes.delete(card.token);
        for (const [token, note] of Object.entries(answer.notes)) notes.set(token, note);
      }
    },
    /** Each noted card's words in `lang`. */
    texts(lang: 'fa' | 'en'): Map<string, string> {
      const out = new Map<string, string>();
      for (const [token, note] of notes) {
        const text = noteText(note, lang);
        if (text) out.set(token, text);
      }
      return out;
    },
  };
}
