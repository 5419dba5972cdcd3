import { extractPostTokens } from '../divar/post-tokens';
import { parsePostUrl } from '../divar/post-url';
import type { CliResult } from './payload';

/**
 * `token`: prints the post token of a divar.ir post URL, or every token of the post links in a
 * text, one per line. Exit 2 with a one-line reason when there is none.
 */
export function runToken(args: string[]): CliResult {
  const input = args.join(' ').trim();
  if (!input)
    return { stdout: '', stderr: "usage: npm run -s token -- '<post URL or text>'\n", code: 2 };
  const single = parsePostUrl(input);
  const tokens = single ? [single.token] : extractPostTokens(input);
  if (tokens.length === 0) {
    return {
      stdout: '',
      stderr: 'not a divar.ir post URL, and no post links in the text\n',
      code: 2,
    };
  }
  return { stdout: tokens.map((t) => `${t}\n`).join(''), stderr: '', code: 0 };
}
