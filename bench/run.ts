// `npm run bench`: runs every benchmark in this process and rewrites BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchCrawl } from './crawl.bench';
import { benchSearchUrl } from './search-url.bench';
import { benchStorage } from './storage.bench';

const header = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version},`,
  `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}. Every figure is a ratio against a baseline run in`,
  'the same process, so machines compare; absolute rates are for orientation only.',
  '',
].join('\n');

const sections = [benchSearchUrl(), await benchCrawl(), await benchStorage()];
const text = `${header}\n${sections.join('\n')}`;
writeFileSync(new URL('../BENCHMARKS.md', import.meta.url), text);
console.log(text);
