/**
 * `pnpm dev`, the command a newcomer types, in a fresh checkout: a save regenerates what `pnpm generate` writes (the
 * client's sources, the kits, the corpus), and Ctrl-C, which the terminal sends to every process of the command,
 * ends it cleanly: exit code 0, no pnpm error, no scratch folder left.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogSourceFile, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Checkout, checkoutWorkspace } from './support/checkout.ts';
import { plainExplanation } from './support/explanation.ts';

const [brand = 'idenfy'] = publishedBrands();
/** Generated files of the checkout that carry each identifier's explanation. */
const GENERATED = [
  `packages/client/src/generated/${brand}/catalog.ts`,
  `packages/kits/python/src/error_contract/${brand}.py`,
  `packages/kits/corpus/generated/${brand}.json`,
];
let checkout: Checkout;
/** The dev command's own temp folder, where its scratch folder goes. */
let scratchParent: string;
let dev: ChildProcess;
let printed = '';
let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

/** Resolves when the command has printed text matching `pattern`; rejects when it exits first or `timeoutMs` pass. */
function printedLine(pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => done(new Error(`pnpm dev did not print ${pattern} in ${timeoutMs} ms:\n${printed}`)),
      timeoutMs,
    );
    const check = () => pattern.test(printed) && done();
    const early = () => done(new Error(`pnpm dev exited before printing ${pattern}:\n${printed}`));
    const done = (error?: Error) => {
      clearTimeout(timer);
      dev.stdout?.off('data', check);
      dev.off('exit', early);
      if (error) reject(error);
      else resolve();
    };
    dev.stdout?.on('data', check);
    dev.once('exit', early);
    check();
  });
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms:\n${printed}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  checkout = checkoutWorkspace();
  scratchParent = mkdtempSync(join(tmpdir(), 'error-contract-dev-tmp-'));
  // Its own process group, as a terminal gives a command: Ctrl-C is sent to the group.
  dev = spawn('pnpm', ['dev', '--', '--docs-port', '0', '--sandbox-port', '0'], {
    cwd: checkout.dir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, TMPDIR: scratchParent, TURBO_CACHE_DIR: checkout.turboCacheDir, FORCE_COLOR: '0' },
  });
  dev.stdout?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  dev.stderr?.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  exited = new Promise((resolve) => dev.once('exit', (code, signal) => resolve({ code, signal })));
  await printedLine(/Ctrl-C stops/, 600_000);
}, 900_000);

afterAll(() => {
  if (dev?.exitCode === null && dev.pid) process.kill(-dev.pid, 'SIGKILL');
  checkout?.remove();
  if (scratchParent) rmSync(scratchParent, { recursive: true, force: true });
});

describe('pnpm dev in a fresh checkout', () => {
  test('a save rewrites the client, the kits and the corpus', async () => {
    const { explanation } = plainExplanation(checkout.dir, brand);
    const edited = `${explanation.slice(0, -1)}, edited while pnpm dev ran.`;
    const catalog = join(checkout.dir, 'spec', catalogSourceFile);
    writeFileSync(
      catalog,
      readFileSync(catalog, 'utf8').replace(`explanation: ${explanation}\n`, `explanation: ${edited}\n`),
    );
    // The corpus's generator empties its folder before it writes it again: a file missing for a moment is not there yet.
    const read = (file: string) => {
      try {
        return readFileSync(join(checkout.dir, file), 'utf8');
      } catch {
        return '';
      }
    };
    await waitUntil(() => GENERATED.every((file) => read(file).includes(edited)), 120_000, 'Regenerating the files');
  }, 150_000);

  test('Ctrl-C stops it with exit code 0, no pnpm error and no scratch folder left', async () => {
    if (!dev.pid) throw new Error('pnpm dev did not start.');
    process.kill(-dev.pid, 'SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(printed).not.toMatch(/ELIFECYCLE|Command failed/);
    expect(readdirSync(scratchParent).filter((name) => name.startsWith('error-contract-dev-'))).toEqual([]);
  }, 60_000);
});
