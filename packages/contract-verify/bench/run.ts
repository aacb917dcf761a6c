/**
 * Wall time of a full run of every brand against the sandbox (target: 15 s or less), and the size of each brand's
 * matrix. Run by hand on an otherwise idle machine: `pnpm --filter @error-contract/contract-verify bench`.
 */
import { totalsOf } from '../src/reports.ts';
import { runVerify } from '../src/verify.ts';

const runs = 3;
const times: number[] = [];
let last: Awaited<ReturnType<typeof runVerify>> | undefined;
for (let index = 0; index < runs; index++) {
  const started = performance.now();
  last = await runVerify();
  times.push(performance.now() - started);
  if (last.failed) throw new Error(`Run ${index + 1} failed:\n${last.text}`);
}
times.sort((a, b) => a - b);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `full run, every brand against the sandbox: median ${seconds(times[1] ?? 0)} (min ${seconds(times[0] ?? 0)}, max ${seconds(times[runs - 1] ?? 0)}) over ${runs} runs`,
);
console.log('| brand | cells declared | reproduced | not declared |');
console.log('| --- | --: | --: | --: |');
for (const result of last?.results ?? []) {
  const totals = totalsOf(result);
  const notDeclared = result.cells.filter((cell) => cell.status === 'not-declared').length;
  console.log(`| ${result.brand} | ${totals.declared} | ${totals.reproduced} | ${notDeclared} |`);
}
