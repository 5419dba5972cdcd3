import { WEB_HEADERS } from '../copy-as';

/** The web API's base URL. */
export const WEB_API = 'https://api.divar.ir';

/** Headers for a call to the web API, as divar.ir's own app sends them (NOTES §6). */
export function webHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { ...WEB_HEADERS, ...extra };
}
