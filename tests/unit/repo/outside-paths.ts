/** Finds where a text file of the project names a path outside the repository. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One mention of a path outside the repository: the file, its line and what it says. */
export interface OutsideReference {
  file: string;
  line: number;
  text: string;
}

// The team briefing beside the checkout, however it is written.
const BRIEFING = /\.\.\/shared\b|\bshared\/reference\b/g;
// A quoted relative path that climbs: '../x', "../../y", `..`.
const QUOTED_UP = /(['"`])(\.\.(?:\/[^'"`\s]*)?)\1/g;
// A Markdown link to a relative path that climbs: [text](../x).
const LINK_UP = /\]\((\.\.\/[^)\s]*)\)/g;
// path.join(…) or path.resolve(…), whose '..' segments may be separate literals.
const JOIN_CALL = /\b(?:join|resolve)\(([^()]*)\)/g;
const LITERAL = /'([^']*)'|"([^"]*)"/g;

// Files that are not text the project reads or shows as text.
const SKIPPED_DIRS = ['docs/screenshots/'];

function escapes(root: string, file: string, relative: string): boolean {
  const target = path.relative(root, path.resolve(root, path.dirname(file), relative));
  return target === '..' || target.startsWith(`..${path.sep}`) || path.isAbsolute(target);
}

function joinedLiterals(args: string): string | undefined {
  const parts = [...args.matchAll(LITERAL)].map((m) => m[1] ?? m[2] ?? '');
  return parts.some((part) => part === '..' || part.startsWith('../'))
    ? path.posix.join(...parts)
    : undefined;
}

/** Every mention in `text` (the file `file`, relative to `root`) of a path outside `root`. */
export function outsideReferences(file: string, text: string, root: string): OutsideReference[] {
  const found: { index: number; text: string }[] = [];
  for (const m of text.matchAll(BRIEFING)) found.push({ index: m.index, text: m[0] });
  for (const [regex, group] of [
    [QUOTED_UP, 2],
    [LINK_UP, 1],
  ] as const) {
    for (const m of text.matchAll(regex)) {
      const relative = m[group] ?? '';
      if (escapes(root, file, relative)) found.push({ index: m.index, text: m[0] });
    }
  }
  for (const m of text.matchAll(JOIN_CALL)) {
    const joined = joinedLiterals(m[1] ?? '');
    if (joined !== undefined && escapes(root, file, joined)) {
      found.push({ index: m.index, text: m[0] });
    }
  }
  return found.map(({ index, text: what }) => ({
    file,
    line: text.slice(0, index).split('\n').length,
    text: what,
  }));
}

/** The project's files as git lists them (tracked, and new ones not ignored), text files only. */
export function projectTextFiles(root: string): { file: string; text: string }[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return [...new Set(listed.split('\0'))]
    .filter((file) => file && !SKIPPED_DIRS.some((dir) => file.startsWith(dir)))
    .filter((file) => existsSync(path.join(root, file)))
    .map((file) => ({ file, bytes: readFileSync(path.join(root, file)) }))
    .filter(({ bytes }) => !bytes.subarray(0, 8000).includes(0))
    .map(({ file, bytes }) => ({ file, text: bytes.toString('utf8') }));
}
