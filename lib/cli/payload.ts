import { searchAsCurl, searchAsJson } from '../divar/copy-as';
import { type PageSearchState, searchStateFromScripts } from '../divar/page-state';
import { describeSearch } from '../divar/search-info';

/** What a CLI run prints and its exit status. */
export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

const USAGE =
  "usage: npm run -s payload -- '<divar.ir search URL>' [--curl] [--page-state <saved page.html>]";

function parseArgs(args: string[]) {
  let url: string | undefined;
  let statePath: string | undefined;
  let isCurl = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--curl') isCurl = true;
    else if (arg === '--page-state') statePath = args[++i];
    else if (arg.startsWith('--') || url !== undefined) return undefined;
    else url = arg;
  }
  if (!url || (args.includes('--page-state') && !statePath)) return undefined;
  return { url, isCurl, statePath };
}

/**
 * `payload`: prints the web API search body for a divar.ir search URL (or a cURL command),
 * optionally cross-checked against a saved page's own state. Exit 2 for a URL that is not a
 * readable divar search, 1 for a page-state file that cannot be used.
 */
export function runPayload(args: string[], readFile: (path: string) => string): CliResult {
  const parsed = parseArgs(args);
  if (!parsed) return { stdout: '', stderr: `${USAGE}\n`, code: 2 };
  const { url, isCurl, statePath } = parsed;
  let pageState: PageSearchState | undefined;
  if (statePath) {
    let html: string;
    try {
      html = readFile(statePath);
    } catch (error) {
      return {
        stdout: '',
        stderr: `cannot read ${statePath}: ${(error as Error).message}\n`,
        code: 1,
      };
    }
    pageState = searchStateFromScripts([html]);
    if (!pageState)
      return {
        stdout: '',
        stderr: `${statePath} has no __PRELOADED_STATE__ with search filters\n`,
        code: 1,
      };
  }
  const info = describeSearch(url, pageState);
  if (!info.ok) {
    return { stdout: '', stderr: `${info.errors.map((e) => e.message).join('; ')}\n`, code: 2 };
  }
  const notes = info.query.notes.map((note) => `note: ${note.kind}: ${note.detail}`);
  const check = info.crossCheck;
  if (check?.status === 'agrees') notes.push('page state: agrees with the URL');
  if (check?.status === 'unreadable')
    notes.push(`page state: unreadable (${check.reason}); using the URL`);
  if (check?.status === 'differs') {
    notes.push("page state: differs from the URL; using the page's filters");
    for (const d of check.differences)
      notes.push(`  ${d.field}: url=${d.url ?? '-'} page=${d.page ?? '-'}`);
  }
  const stdout = isCurl ? searchAsCurl(info.body) : searchAsJson(info.body);
  return { stdout: `${stdout}\n`, stderr: notes.map((line) => `${line}\n`).join(''), code: 0 };
}
