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
  /** What it printed, stdout and stderr as they came, without the CLI's boxed banners. */
  output: string;
  /** What it printed on stdout alone (where `--format json` writes). */
  stdout: string;
}

/**
 * The CLI's boxed notices (e.g. "Node.js 20 support is ending") say nothing about the spec: a report shows none.
 * They are the lines drawn with box characters, and the blank lines they leave.
 */
export function withoutBanners(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Runs in a child process of its own, so callers can run several at once (one per brand, on every core). */
export function runRedocly(args: readonly string[], cwd = repoDir): Promise<RedoclyRun> {
  const child = spawn(process.execPath, [redoclyBin, ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  });
  const chunks: Buffer[] = [];
  const stdout: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    stdout.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = (ok: boolean, extra = '') => ({
    ok,
    output: withoutBanners(`${Buffer.concat(chunks)}${extra}`),
    stdout: Buffer.concat(stdout).toString('utf8'),
  });
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(result(false, error.message)));
    child.once('close', (code) => resolve(result(code === 0)));
  });
}
