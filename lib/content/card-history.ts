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
  // Each card is sent once per page life: scrolling on sends only the cards that arrived.
  const sent = new Set<string>();
  return {
    /** Sends the cards not sent yet and takes the history's notes; resolves once all answered. */
    async ask(all: CardFacts[]): Promise<void> {
      const cards = all.filter((card) => !sent.has(card.token));
      for (const card of cards) sent.add(card.token);
      // A chunk not delivered (the background asleep, the extension updated) is sent again later.
      for (let i = 0; i < cards.length; i += MAX_PAGE_CARDS) {
        const chunk = cards.slice(i, i + MAX_PAGE_CARDS);
        // A rent card's amount is not a sale price: the history gets its title and size only.
        const outgoing = chunk.map(({ isRent, price, ...rest }) =>
          isRent ? rest : { ...rest, price },
        );
        const answer = await sendMessage<'pageCards'>(send, {
          type: 'pageCards',
          cards: outgoing,
        }).catch((error: unknown) => {
          for (const card of cards.slice(i)) sent.delete(card.token);
          throw error;
        });
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
