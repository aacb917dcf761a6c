/** The Redocly CLI of the catalog, as a child process: `redocly lint` and `redocly respect` on the Arazzo export. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

export interface CliRun {
  ok: boolean;
  output: string;
}

/** Runs `redocly <args>` with only the given variables (and PATH) in its environment. */
export function redocly(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [redoclyBin, ...args],
      {
        env: { PATH: process.env.PATH, ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });
}
