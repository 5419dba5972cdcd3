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

/** Finds the end of the balanced JSON object starting at `start`, skipping strings; -1 if none. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Reads the object assigned to `window.__PRELOADED_STATE__` in an inline script's text
 * (a balanced-brace scan, so a trailing `;` or other statements do not matter).
 * Returns undefined when the text has no such state or it is not valid JSON.
 */
export function readPreloadedState(scriptText: string): unknown {
  const at = scriptText.indexOf(MARKER);
  if (at < 0) return undefined;
  const start = scriptText.indexOf('{', at + MARKER.length);
  const end = start < 0 ? -1 : objectEnd(scriptText, start);
  if (end < 0) return undefined;
  try {
    return JSON.parse(scriptText.slice(start, end));
  } catch {
    return undefined;
  }
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
