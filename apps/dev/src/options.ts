/** The command line of `pnpm dev`. */
import { parseArgs } from 'node:util';
import { localHost, localPorts } from '@error-contract/spec/local-sandbox';
import { workspaceRoot } from './layout.ts';

export interface DevOptions {
  root: string;
  docsPort: number;
  sandboxPort: number;
  /** How long the watcher waits after the last save before it builds. */
  debounceMs: number;
  help: boolean;
}

export class DevOptionsError extends Error {
  override name = 'DevOptionsError';
}

export const usage = `Usage: pnpm dev [--root <dir>] [--docs-port <port>] [--sandbox-port <port>] [--debounce <ms>]

Serves the docs site (default http://${localHost}:${localPorts.docs}/) and the sandbox (default http://${localHost}:${localPorts.sandbox}), watches
<root>/spec and <root>/redocly.yaml, and on every save rebuilds the bundles, the client's generated files and the
site (and, watching this workspace, the kits and the corpus), reloads the open page and hot-swaps the sandbox's
bundles. Environment: DOCS_PORT, SANDBOX_PORT.`;

function port(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65_535) {
    throw new DevOptionsError(`${name} must be a port number from 0 to 65535, got "${value}".`);
  }
  return number;
}

export function parseDevOptions(args: readonly string[], env: NodeJS.ProcessEnv = {}): DevOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      // `pnpm dev -- --root x` passes the `--` on.
      args: args[0] === '--' ? args.slice(1) : [...args],
      options: {
        root: { type: 'string' },
        'docs-port': { type: 'string' },
        'sandbox-port': { type: 'string' },
        debounce: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new DevOptionsError(`${(error as Error).message}\n\n${usage}`);
  }
  const debounce = Number(values.debounce ?? 50);
  if (!Number.isInteger(debounce) || debounce < 0 || debounce > 10_000) {
    throw new DevOptionsError(
      `--debounce must be a whole number of milliseconds up to 10000, got "${values.debounce}".`,
    );
  }
  return {
    root: typeof values.root === 'string' ? values.root : workspaceRoot,
    docsPort: port('--docs-port', (values['docs-port'] as string | undefined) ?? env.DOCS_PORT, localPorts.docs),
    sandboxPort: port(
      '--sandbox-port',
      (values['sandbox-port'] as string | undefined) ?? env.SANDBOX_PORT,
      localPorts.sandbox,
    ),
    debounceMs: debounce,
    help: values.help === true,
  };
}
