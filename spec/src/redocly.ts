/** Runs the Redocly CLI of this package, without telemetry, and keeps what it printed. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { repoDir } from './workspace.ts';

const redoclyBin = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** The Redoc script that `build-docs --inlineBundle` would embed, shipped inside the CLI package. */
export const redocStandalonePath = join(dirname(redoclyBin), '..', 'lib', 'chunks', 'redoc.standalone.js');

export interface RedoclyRun {
  ok: boolean;
  output: string;
}

/** Runs in a child process of its own, so callers can run several at once (one per brand, on every core). */
export function runRedocly(args: readonly string[], cwd = repoDir): Promise<RedoclyRun> {
  const child = spawn(process.execPath, [redoclyBin, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve({ ok: false, output: `${Buffer.concat(chunks)}${error.message}` }));
    child.once('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
