import { spawn } from 'node:child_process';
import { once } from 'node:events';
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

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));

test('starts with one command, prints its URL, serves and stops on SIGTERM', async () => {
  const child = spawn(process.execPath, [main, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (found?.[1]) resolve(found[1]);
      });
      child.once('exit', () => reject(new Error(`The sandbox exited early: ${output}`)));
    });
    const reply = await sendRaw(url, {
      path: '/markid/api/v2/status',
      headers: jsonHeaders(),
      body: requestExampleBody('markid', 'getVerificationStatus'),
    });
    expect(reply.status).toBe(200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  } finally {
    child.kill('SIGKILL');
  }
});
