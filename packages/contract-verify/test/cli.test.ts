import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 60_000 }, (error, stdout, stderr) =>
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
  ])('rejects %j with a message and exit code 2', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('prints the matrix of a run against the sandbox and exits 0', async () => {
    const [brand] = publishedBrands();
    const { code, stdout } = await runCli(['--brand', String(brand)]);
    expect(stdout).toMatch(
      /^idenfy \(http:\/\/127\.0\.0\.1:\d+\/idenfy\): (\d+)\/\1 declared cells reproduced, 0 failed/,
    );
    expect(code).toBe(0);
  });
});
