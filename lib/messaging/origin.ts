/** Who may send a message: our content script on a divar.ir tab, or our own extension pages. */
export type MessageOrigin = 'content' | 'extension';
