// `npm run -s payload -- '<divar.ir search URL>' [--curl] [--page-state <file.html>]`
import { readFileSync } from 'node:fs';
import { runPayload } from '../../lib/cli/payload';

const result = runPayload(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
