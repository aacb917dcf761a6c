import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseCliOptions } from '../src/cli-options.ts';
import { jsonHeaders, requestExampleBody } from './support/fixtures.ts';
import { sendRaw } from './support/raw-request.ts';

test.each([
  ['leaves everything to the defaults', { given: { argv: [], env: {} }, want: { help: false } }],
  [
    'reads the flags',
    {
      given: {
        argv: ['--port', '0', '--host', '127.0.0.2', '--config', 'c.json', '--max-body-bytes', '10', '--access-log'],
        env: {},
      },
      want: { port: 0, host: '127.0.0.2', configPath: 'c.json', maxBodyBytes: 10, accessLog: true, help: false },
    },
  ],
  [
    'reads the environment',
    {
      given: {
        argv: [],
        env: { SANDBOX_PORT: '4100', SANDBOX_HOST: '::1', SANDBOX_CONFIG: 'e.json', SANDBOX_ACCESS_LOG: '1' },
      },
      want: { port: 4100, host: '::1', configPath: 'e.json', accessLog: true, help: false },
    },
  ],
  [
    'prefers a flag to the environment',
    { given: { argv: ['--port', '4200'], env: { SANDBOX_PORT: '4100' } }, want: { port: 4200, help: false } },
  ],
  [
    'reads SANDBOX_ACCESS_LOG=0 as off',
    { given: { argv: [], env: { SANDBOX_ACCESS_LOG: '0' } }, want: { accessLog: false, help: false } },
  ],
  [
    'reads the brands to serve, once each',
    {
      given: { argv: ['--brand', 'markid', '--brand', 'idenfy', '--brand', 'markid'], env: {} },
      want: { brands: ['markid', 'idenfy'], help: false },
    },
  ],
  [
    'reads the brands from SANDBOX_BRAND, comma-separated',
    {
      given: { argv: [], env: { SANDBOX_BRAND: 'markid, idenfy' } },
      want: { brands: ['markid', 'idenfy'], help: false },
    },
  ],
])('%s', (_name, { given, want }) => {
  const options = parseCliOptions(given.argv, given.env);
  expect(Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined))).toEqual(want);
});

test.each([
  ['rejects a port that is not a number', ['--port', 'http']],
  ['rejects an unknown flag', ['--verbose']],
])('%s', (_name, argv) => {
  expect(() => parseCliOptions(argv, {})).toThrow();
});

test('rejects a brand the spec does not publish, naming the ones it does', () => {
  expect(() => parseCliOptions(['--brand', 'acme'], {})).toThrow('Unknown brand acme; the brands are idenfy, markid.');
});

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Starts the built command with these arguments; resolves with its URL once it prints it. */
function startMain(args: string[]): { child: ChildProcessByStdio<null, Readable, null>; url: Promise<string> } {
  const child = spawn(process.execPath, [main, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    child.once('exit', () => reject(new Error(`The sandbox exited early: ${output}`)));
  });
  return { child, url };
}

const statusRequest = (brand: string) => ({
  path: `/${brand}/api/v2/status`,
  headers: jsonHeaders(),
  body: requestExampleBody(brand, 'getVerificationStatus'),
});

test('starts with one command, prints its URL, serves and stops on SIGTERM', async () => {
  const { child, url } = startMain(['--port', '0']);
  try {
    const reply = await sendRaw(await url, statusRequest('markid'));
    expect(reply.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  } finally {
    child.kill('SIGKILL');
  }
});

test('serves only the brand --brand names', async () => {
  const { child, url } = startMain(['--port', '0', '--brand', 'markid']);
  try {
    const origin = await url;
    expect((await sendRaw(origin, statusRequest('markid'))).status).toBe(200);
    const other = await sendRaw(origin, statusRequest('idenfy'));
    expect(other.status).toBe(400);
    expect(other.text).toContain('Operations are under /markid/');
  } finally {
    child.kill('SIGKILL');
  }
});

test('prints its usage alone on --help', () => {
  const run = spawnSync(process.execPath, [main, '--help'], { encoding: 'utf8' });
  expect(run.stdout).toMatch(/^Usage: error-contract-sandbox \[options\]\n/);
  expect(run.stdout).toContain('--brand <id>');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
