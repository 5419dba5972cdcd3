/** The project stands on its own: no file of it names a path outside the repository. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outsideReferences, projectTextFiles } from './outside-paths.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// Built from parts so that this file does not name the briefing folder itself.
const UP = '..';
const FOLDER = ['shared', 'reference'].join('/');
const BRIEFING = `${UP}/${FOLDER}/kenar/openapi-v3.json`;

describe('the repository', () => {
  const files = projectTextFiles(ROOT);

  it('lists its text files through git, without screenshots', () => {
    const names = files.map(({ file }) => file);
    expect(names).toContain('package.json');
    expect(names).toContain('tests/unit/repo/standalone.test.ts');
    expect(names.filter((name) => name.startsWith('docs/screenshots/'))).toEqual([]);
  });

  it('names no path outside itself in any text file', () => {
    const found = files.flatMap(({ file, text }) => outsideReferences(file, text, ROOT));
    expect(found).toEqual([]);
  });
});

describe('outsideReferences', () => {
  const find = (file: string, text: string) =>
    outsideReferences(file, text, '/repo').map(({ line, text: what }) => [line, what]);

  it('finds the briefing folder, written any way', () => {
    expect(find('README.md', `a\nsee ${BRIEFING}\n`)).toEqual([[2, `${UP}/shared`]]);
    expect(find('lib/a.ts', `// from ${BRIEFING.slice(3)}`)).toEqual([[1, FOLDER]]);
  });

  it('finds relative paths that climb out of the repository from the file itself', () => {
    const url = `new URL('${UP}/${UP}/${UP}/x.json', import.meta.url)`;
    expect(find('tests/unit/a.ts', url)).toEqual([[1, `'${UP}/${UP}/${UP}/x.json'`]]);
    expect(find('a.ts', `import x from "${UP}/y";`)).toEqual([[1, `"${UP}/y"`]]);
    expect(find('docs/a.md', `[notes](${UP}/${UP}/notes.md)`)).toEqual([
      [1, `](${UP}/${UP}/notes.md)`],
    ]);
    const joined = `path.join(dir, '${UP}', '${UP}', 'x')`;
    expect(find('scripts/a.ts', joined)).toEqual([[1, joined.slice('path.'.length)]]);
  });

  it('lets relative paths that stay inside the repository pass', () => {
    expect(find('tests/unit/a.ts', `new URL('${UP}/${UP}/lib/x.ts', import.meta.url)`)).toEqual([]);
    expect(find('scripts/lib/paths.ts', `new URL('${UP}/${UP}', import.meta.url)`)).toEqual([]);
    expect(find('scripts/a.ts', `path.join(dir, '${UP}', 'x')`)).toEqual([]);
    expect(find('NOTES.md', `the \`.${UP}/code/consume\` path, /work/x`)).toEqual([]);
  });
});
