// `npm run -s token -- '<post URL or any text with post links>'`
import { runToken } from '../../lib/cli/token';

const result = runToken(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
