/**
 * The composite GitHub Action (.github/actions/contract-verify) as a backend's workflow runs it: its script, with the
 * inputs GitHub would pass, a job summary file of its own, and the built command as the verifier, against a sandbox
 * that plays the staging server.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@error-contract/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envOfCredentials, sandboxCredentials } from '../src/credentials.ts';

const script = fileURLToPath(new URL('../../../.github/actions/contract-verify/verify.sh', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let dir: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: '127.0.0.1', brands: ['markid'] });
  dir = mkdtempSync(join(tmpdir(), 'contract-verify-action-'));
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ActionRun {
  code: number | null;
  log: string;
  summary: string;
  output: string;
  out: string;
}

/** Runs the action's script as its step would: inputs as INPUT_*, GitHub's files, the credentials given, no others. */
async function runAction(name: string, inputs: Record<string, string>, credentials: Record<string, string> = {}) {
  const files = { summary: join(dir, `${name}.summary.md`), output: join(dir, `${name}.output`) };
  const out = join(dir, `${name}-report`);
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    INPUT_BRAND: 'markid',
    INPUT_SERVER: sandbox.brandUrl('markid'),
    INPUT_RATE: '200',
    INPUT_OUT: out,
    INPUT_VERIFIER: cli,
    ...inputs,
    ...credentials,
  };
  const child = spawn('bash', [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  return { code, log, summary: read(files.summary), output: read(files.output), out } satisfies ActionRun;
}

describe('the contract-verify action', () => {
  it('passes with every credential, effects allowed and only sandbox-only allowed, and posts the matrix', async () => {
    const credentials = envOfCredentials(sandboxCredentials(sandbox));
    const run = await runAction(
      'proven',
      { INPUT_ALLOW_EFFECTS: 'true', INPUT_ALLOW_NOT_ATTEMPTED: 'sandbox-only' },
      credentials,
    );
    expect(run.log).toMatch(
      /\nPASS: \d+ of \d+ declared cells proven; \d+ not attempted, for reasons allowed \(sandbox-only\)\.\n$/,
    );
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/^## Contract verification\n\n### markid: \d+\/\d+ declared cells proven, 0 failed/);
    expect(run.summary).toContain('| `createToken` |');
    expect(run.summary).toMatch(/\*\*PASS: .*\*\*\n$/);
    expect(run.output).toBe(`report=${run.out}\n`);
    for (const secret of Object.entries(credentials).filter(([variable]) => variable.endsWith('_SECRET'))) {
      expect(run.summary + run.log).not.toContain(secret[1]);
    }
  });

  it('fails without credentials, as the cells it could not attempt prove nothing, and still posts the matrix', async () => {
    const run = await runAction('unproven', {});
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/^## Contract verification\n/);
    expect(run.summary).toMatch(
      /\*\*FAIL: \d+ of \d+ declared cells proven; \d+ not attempted for reasons not allowed: .*\*\*\n$/,
    );
  });

  it('says in the summary when the verifier did not run to the end', async () => {
    const run = await runAction('refused', { INPUT_BRAND: 'acme' });
    expect(run.code).toBe(2);
    expect(run.log).toContain('Unknown brand acme');
    expect(run.summary).toContain('The verifier of acme at http://127.0.0.1:');
    expect(run.summary).toContain('did not run to the end (exit code 2)');
  });
});
