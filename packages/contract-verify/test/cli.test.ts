import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@error-contract/sandbox';
import { suppliedRoles } from '@error-contract/spec/local-sandbox';
import { publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

// The run's environment without any credential a developer may have set.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !suppliedRoles.some(({ env }) => Object.values(env).includes(name))),
);

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 60_000, env }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : error ? 1 : 0, stdout, stderr }),
    );
  });
}

describe('the command', () => {
  it.each([
    [['--server', 'https://staging.example.com'], '--server needs exactly one --brand'],
    [['--brand', 'markid', '--server', 'ftp://example.com'], '--server must be an http(s) URL'],
    [['--rate=-3'], '--rate must be a positive number'],
    [['--timeout', 'soon'], '--timeout must be a positive number'],
    [['--brand', 'acme'], `Unknown brand acme; the brands are ${publishedBrands().join(', ')}.`],
    [['--colour'], "Unknown option '--colour'"],
    [['--allow-not-attempted', 'sandbox-only,quota'], 'Unknown reason quota; the reasons are sandbox-only, effects,'],
  ])('rejects %j with a message and exit code 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('prints its usage alone on --help', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(stdout).toMatch(/^Usage: contract-verify \[options\]/);
    expect(stdout).toContain('--allow-not-attempted <names>');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('prints the matrix of a run against the sandbox and exits 0', async () => {
    const [brand] = publishedBrands();
    const { code, stdout } = await runCli(['--brand', String(brand)]);
    expect(stdout).toMatch(/^idenfy \(http:\/\/127\.0\.0\.1:\d+\/idenfy\): (\d+)\/\1 declared cells proven, 0 failed/);
    expect(stdout).toMatch(/\nPASS: (\d+) of \1 declared cells proven\.\n$/);
    expect(code).toBe(0);
  });
});

describe('the command against a server, without credentials', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, host: '127.0.0.1', brands: ['idenfy'] });
  });
  afterAll(() => sandbox.close());

  it('exits 1: the cells it could not attempt prove nothing', async () => {
    const { code, stdout } = await runCli(['--brand', 'idenfy', '--server', sandbox.brandUrl('idenfy')]);
    expect(stdout).toMatch(
      /\nFAIL: \d+ of \d+ declared cells proven; \d+ not attempted for reasons not allowed: .*\n$/,
    );
    expect(code).toBe(1);
  });

  it('exits 0 once the caller allows each reason by name', async () => {
    const server = sandbox.brandUrl('idenfy');
    const allow = ['--allow-not-attempted', 'sandbox-only,credentials', '--allow-not-attempted', 'effects'];
    const { code, stdout } = await runCli(['--brand', 'idenfy', '--server', server, ...allow]);
    expect(stdout).toMatch(
      /\nPASS: \d+ of \d+ declared cells proven; \d+ not attempted, for reasons allowed \(.*\)\.\n$/,
    );
    expect(code).toBe(0);
  });
});
