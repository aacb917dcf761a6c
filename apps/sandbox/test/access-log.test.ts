import { afterEach, describe, expect, test, vi } from 'vitest';
import { accessLogLine } from '../src/access-log.ts';
import { jsonHeaders } from './support/fixtures.ts';
import { useSandbox } from './support/sandbox.ts';

describe('with the access log on', () => {
  const lines: string[] = [];
  const sandbox = useSandbox({ accessLog: (line) => lines.push(line) });

  test('records method, path, status and identifier, and no identity data', async () => {
    lines.length = 0;
    const identity = { clientId: 'user-1', firstName: 'Jonas', lastName: 'Jonaitis', dateOfBirth: '1990-04-17' };
    await sandbox.send('idenfy', {
      path: '/api/v2/token?lastName=Jonaitis',
      headers: jsonHeaders(),
      body: JSON.stringify(identity),
    });
    await sandbox.send('idenfy', {
      path: '/api/v2/token',
      headers: jsonHeaders(),
      body: JSON.stringify({ ...identity, country: 'XX' }),
    });
    expect(lines).toEqual(['POST /idenfy/api/v2/token 201 -', 'POST /idenfy/api/v2/token 400 BAD_VALUE']);
  });
});

describe('with the access log left off', () => {
  const sandbox = useSandbox();
  afterEach(() => vi.restoreAllMocks());

  test('prints nothing', async () => {
    const print = vi.spyOn(console, 'log');
    const problem = vi.spyOn(console, 'error');
    await sandbox.send('markid', { path: '/api/v2/status', headers: jsonHeaders(), body: '{"scanRef": "x"}' });
    expect(print).not.toHaveBeenCalled();
    expect(problem).not.toHaveBeenCalled();
  });
});

test.each([
  [
    'writes the four fields',
    { given: ['GET', '/a', 400, 'METHOD_NOT_ALLOWED'], want: 'GET /a 400 METHOD_NOT_ALLOWED' },
  ],
  ['writes a dash for a success', { given: ['POST', '/a', 200, undefined], want: 'POST /a 200 -' }],
  [
    'masks control characters that could forge a line',
    { given: ['POST', '/a\n/b', 400, 'BAD_VALUE'], want: 'POST /a?/b 400 BAD_VALUE' },
  ],
  [
    'shortens a long path',
    { given: ['POST', `/${'a'.repeat(300)}`, 400, 'BAD_VALUE'], want: `POST /${'a'.repeat(199)}… 400 BAD_VALUE` },
  ],
] as Array<[string, { given: [string, string, number, string | undefined]; want: string }]>)(
  '%s',
  (_name, { given, want }) => {
    expect(accessLogLine(...given)).toBe(want);
  },
);
