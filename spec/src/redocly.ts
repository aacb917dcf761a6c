/** Runs the Redocly CLI of this package, without telemetry, and keeps what it printed. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoDir } from './locations.ts';

const redoclyBin = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** The Redoc script that `build-docs --inlineBundle` would embed, shipped inside the CLI package. */
export const redocStandalonePath = join(dirname(redoclyBin), '..', 'lib', 'chunks', 'redoc.standalone.js');

export interface RedoclyRun {
  ok: boolean;
  output: string;
}

export function runRedocly(args: readonly string[], cwd = repoDir): RedoclyRun {
  const run = spawnSync(process.execPath, [redoclyBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
