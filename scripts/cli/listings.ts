// `npm run -s listings -- <saved response.json> [--recommendations]`
import { readFileSync } from 'node:fs';
import { runListings } from '../../lib/cli/listings';

const result = runListings(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
