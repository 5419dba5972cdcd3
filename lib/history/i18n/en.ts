import type { historyFa } from './fa';

/** English words of the listing history on the extension's own pages. */
export const historyEn: Record<keyof typeof historyFa, string> = {
  title: 'Listing history',
  intro:
    'The price and changes of every listing fetched, watched or seen on divar are kept in this browser only.',
  passive: 'Also record the listings I see on divar’s pages (no extra request to divar)',
  count: '{n} listings in the history',
  quotaWarn:
    'The browser’s storage is nearly full ({p}%). If it fills further, the history of removed listings is deleted, oldest first.',
  quotaPruned:
    'The browser’s storage was nearly full: the history of {n} removed listings was deleted to make room. Delete past fetches for more.',
  changesTitle: 'Changes since the last fetch of this search ({date})',
  all: 'All ({n})',
  added: 'Added ({n})',
  removed: 'Removed ({n})',
  changed: 'Price changed ({n})',
  addedMark: 'New',
  change: 'Change',
  removedNote: 'These listings were in the last fetch and are not in this one.',
};
