// Rewrites the data dictionary table in README.md (between its dictionary markers) from
// lib/export/dictionary.ts, so the README and the JSON sidecar never disagree.
// Run: npx tsx scripts/gen-dictionary.ts (tests/unit/export/dictionary.test.ts checks it was run).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileColumns } from '../lib/export/build.ts';
import { COLUMNS } from '../lib/export/columns.ts';
import { dictionaryMarkdown } from '../lib/export/dictionary.ts';

const target = new URL('../README.md', import.meta.url);
const readme = readFileSync(target, 'utf8');
const table = dictionaryMarkdown(fileColumns('parquet', COLUMNS));
const next = readme.replace(
  /(<!-- dictionary:start -->\n)[\s\S]*?(<!-- dictionary:end -->)/,
  (_all, start: string, end: string) => `${start}${table}${end}`,
);
writeFileSync(target, next);
console.log(next === readme ? 'README dictionary already current' : 'README dictionary rewritten');
