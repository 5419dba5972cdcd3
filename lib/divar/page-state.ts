/**
 * Why a search page's own filters are not known: the tab moved in-page since it loaded
 * (`navigated`), the loaded page had none the extension could read (`not-found`), or no content
 * script has reported this page (`not-reported`: opened before the extension, still loading).
 */
export type StateMissing = 'navigated' | 'not-found' | 'not-reported';

/** The filters divar itself resolved for a server-rendered search page (NOTES §7). */
export interface PageSearchState {
  /** `search_data.form_data_json`: divar's own form_data for the URL, as a JSON string. */
  formDataJson: string;
  /** `search_data.cities`: the city ids divar resolved. */
  cities: string[];
}

const MARKER = 'window.__PRELOADED_STATE__';

// A whole JSON string (escapes included) or one brace: the scan below jumps from one to the next
// in native code rather than looking at each of the state's (often megabytes of) characters.
const STRING_OR_BRACE = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"|[{}]/g;

/** Finds the end of the balanced JSON object starting at `start`, skipping strings; -1 if none. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  STRING_OR_BRACE.lastIndex = start;
  for (let match = STRING_OR_BRACE.exec(text); match; match = STRING_OR_BRACE.exec(text)) {
    if (match[0] === '{') depth++;
    else if (match[0] === '}' && --depth === 0) return match.index + 1;
  }
  return -1;
}

/** JSON.parse that answers undefined rather than throwing. */
function parseOrUndefined(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/**
 * Reads the object assigned to `window.__PRELOADED_STATE__` in an inline script's text. Divar's
 * script holds that one statement, so the text up to its last brace is tried first (one native
 * parse); other statements after it make that fail, and a balanced-brace scan finds the end.
 * Returns undefined when the text has no such state or it is not valid JSON.
 */
export function readPreloadedState(scriptText: string): unknown {
  const at = scriptText.indexOf(MARKER);
  if (at < 0) return undefined;
  const start = scriptText.indexOf('{', at + MARKER.length);
  if (start < 0) return undefined;
  const whole = parseOrUndefined(scriptText.slice(start, scriptText.lastIndexOf('}') + 1));
  if (whole !== undefined) return whole;
  const end = objectEnd(scriptText, start);
  return end < 0 ? undefined : parseOrUndefined(scriptText.slice(start, end));
}

/** Finds the first object with a string `form_data_json` anywhere in the state (depth-first). */
export function findSearchState(state: unknown, depth = 0): PageSearchState | undefined {
  if (typeof state !== 'object' || state === null || depth > 12) return undefined;
  const record = state as Record<string, unknown>;
  if (typeof record.form_data_json === 'string') {
    const cities = Array.isArray(record.cities) ? record.cities.map(String) : [];
    return { formDataJson: record.form_data_json, cities };
  }
  for (const value of Object.values(record)) {
    const found = findSearchState(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The page's own resolved search filters, from the text of its inline scripts, if present. */
export function searchStateFromScripts(scriptTexts: Iterable<string>): PageSearchState | undefined {
  for (const text of scriptTexts) {
    if (!text.includes(MARKER)) continue;
    const found = findSearchState(readPreloadedState(text));
    if (found) return found;
  }
  return undefined;
}

/** What the background sends a divar tab's content script to read that page's own filters. */
export interface ReadPageStateRequest {
  type: 'readPageState';
  /** The search URL the background is describing. */
  url: string;
}

/** A content script's answer to ReadPageStateRequest. */
export type PageStateAnswer =
  | { pageState: PageSearchState }
  | { stateMissing: Exclude<StateMissing, 'not-reported'> };

/**
 * Answers the background's ReadPageStateRequest (undefined for any other message) from the page
 * loaded at `firstUrl`: its inline state describes that URL only, so any other URL was reached
 * by in-page navigation. `read` runs on the first request only (divar's state is often
 * hundreds of KB; a page whose popup is never opened never parses it).
 */
export function createPageStateAnswer(
  firstUrl: string,
  read: () => PageSearchState | undefined,
): (message: unknown) => PageStateAnswer | undefined {
  let found: PageSearchState | undefined | null = null;
  return (message) => {
    const request = message as Partial<ReadPageStateRequest> | null;
    if (request?.type !== 'readPageState' || typeof request.url !== 'string') return undefined;
    if (request.url !== firstUrl) return { stateMissing: 'navigated' };
    if (found === null) found = read();
    return found ? { pageState: found } : { stateMissing: 'not-found' };
  };
}
