import { describe, expect, test } from 'vitest';
import { workspaceRoot } from '../src/layout.ts';
import { DevOptionsError, parseDevOptions } from '../src/options.ts';

describe('the pnpm dev command line', () => {
  test('defaults to the workspace, the docs on 4000, the sandbox on 4010', () => {
    expect(parseDevOptions([])).toEqual({
      root: workspaceRoot,
      docsPort: 4000,
      sandboxPort: 4010,
      debounceMs: 50,
      help: false,
    });
  });

  test.each([
    [
      'options',
      { args: ['--root', '/tmp/spec-copy', '--docs-port', '0', '--sandbox-port', '4999', '--debounce', '20'], env: {} },
      { root: '/tmp/spec-copy', docsPort: 0, sandboxPort: 4999, debounceMs: 20 },
    ],
    [
      'the environment',
      { args: [], env: { DOCS_PORT: '4100', SANDBOX_PORT: '4110' } },
      { docsPort: 4100, sandboxPort: 4110 },
    ],
    ['options after the `--` pnpm passes on', { args: ['--', '--docs-port', '4300'], env: {} }, { docsPort: 4300 }],
    ['options over the environment', { args: ['--docs-port', '4200'], env: { DOCS_PORT: '4100' } }, { docsPort: 4200 }],
  ])('reads %s', (_name, given, want) => {
    expect(parseDevOptions(given.args, given.env)).toMatchObject(want);
  });

  test.each([
    ['an unknown option', ['--watch'], /Unknown option '--watch'/],
    [
      'a port that is not a number',
      ['--docs-port', 'http'],
      /--docs-port must be a port number from 0 to 65535, got "http"/,
    ],
    ['a port out of range', ['--sandbox-port', '70000'], /--sandbox-port must be a port number/],
    ['a negative debounce', ['--debounce=-1'], /--debounce must be a whole number of milliseconds/],
    ['a positional argument', ['spec'], /Unexpected argument 'spec'/],
  ])('refuses %s with a typed error', (_name, args, message) => {
    expect(() => parseDevOptions(args)).toThrow(DevOptionsError);
    expect(() => parseDevOptions(args)).toThrow(message);
  });
});
