// `npm run budgets`: builds the store zips and fails when a built file is over its size budget.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { judgeBudgets, measureBudgets } from '../bench/budgets';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  execFileSync('npx', ['wxt', ...args], { cwd: root, stdio: 'ignore' });
}
const verdict = judgeBudgets(measureBudgets(root));
for (const line of verdict.lines) (line.startsWith('✓') ? console.log : console.error)(line);
process.exitCode = verdict.ok ? 0 : 1;
