/** The results page's path inside the extension, for `browser.runtime.getURL`. */
export const RESULTS_PAGE = '/results.html' as const;

/** The query string that opens the results page on job `jobId`. */
export function resultsQuery(jobId: string): string {
  return `?job=${encodeURIComponent(jobId)}`;
}

/** The job id in the results page's query string, or undefined when it has none. */
export function jobIdFromSearch(search: string): string | undefined {
  const id = new URLSearchParams(search).get('job')?.trim();
  return id && id.length <= 64 ? id : undefined;
}
