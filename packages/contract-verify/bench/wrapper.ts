/**
 * What `pnpm contract:verify` adds to the CLI it runs, on a current build: the wall time of
 * `pnpm contract:verify --brand idenfy` against the CLI alone (`node packages/contract-verify/dist/cli.js --brand
 * idenfy`), run in turns (target: 1.5× or less), and whether a run with arguments never given before rebuilds
 * anything (target: nothing). Issue 22, target 4.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoDir } from '@error-contract/spec/workspace';

const RUNS = 5;
const TARGET_RATIO = 1.5;
const args = ['--brand', 'idenfy'];

function timed(command: string, commandArgs: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(command, commandArgs, { cwd: repoDir, encoding: 'utf8', env: { ...process.env, CI: '' } });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  return ms;
}

/** Every built file of what the script builds, by path, with its modification time. */
function builtFiles(): Map<string, number> {
  const files = new Map<string, number>();
  const dists = ['spec/dist', 'packages/client/dist', 'packages/contract-verify/dist', 'apps/sandbox/dist'];
  for (const dist of dists) {
    for (const entry of readdirSync(join(repoDir, dist), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const path = join(entry.parentPath, entry.name);
        files.set(path, statSync(path).mtimeMs);
      }
    }
  }
  return files;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const cli = ['packages/contract-verify/dist/cli.js', ...args];
// One run first, so the build the script checks is current and both commands start warm.
timed('pnpm', ['contract:verify', ...args]);
const alone: number[] = [];
const script: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  alone.push(timed(process.execPath, cli));
  script.push(timed('pnpm', ['contract:verify', ...args]));
}

const out = mkdtempSync(join(tmpdir(), 'contract-verify-bench-'));
const before = builtFiles();
const novel = ['--brand', 'idenfy', '--rate', '150', '--timeout', '9000', '--out', out];
const novelMs = timed('pnpm', ['contract:verify', ...novel]);
const after = builtFiles();
rmSync(out, { recursive: true, force: true });
const rebuilt = [...after].filter(([path, mtime]) => before.get(path) !== mtime).map(([path]) => path);

const ratio = median(script) / median(alone);
console.log(`\npnpm contract:verify ${args.join(' ')} on a current build, median of ${RUNS} runs in turns\n`);
console.log('| measure | target | result | verdict |\n| --- | --- | --- | --- |');
console.log(`| the CLI alone | reported | ${seconds(median(alone))} | |`);
console.log(`| pnpm contract:verify | reported | ${seconds(median(script))} | |`);
console.log(
  `| pnpm contract:verify ÷ the CLI alone | ≤ ${TARGET_RATIO}× | ${ratio.toFixed(2)}× | ${ratio <= TARGET_RATIO ? 'met' : 'MISSED'} |`,
);
console.log(
  `| files rebuilt by a run with new arguments (${novel.slice(2, 6).join(' ')} --out <dir>, ${seconds(novelMs)}) | none | ${rebuilt.length === 0 ? 'none' : rebuilt.length} | ${rebuilt.length === 0 ? 'met' : 'MISSED'} |`,
);
console.log(
  `\nWhat the script adds, ${seconds(median(script) - median(alone))}: pnpm's start-up, then turbo's (it hashes the inputs of spec, client, sandbox and contract-verify and finds every build cached), and the one task turbo never caches, codegen, which it starts without pnpm, finding its files current.`,
);
