/**
 * oasdiff, the referee: the Go tool built from the Go module proxy at a pinned version into a cache folder of this
 * package (`.cache/oasdiff/<version>/`), and run as `oasdiff breaking` and `oasdiff changelog` on two bundles.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OASDIFF_MODULE = 'github.com/oasdiff/oasdiff';
export const OASDIFF_VERSION = 'v1.39.0';

const binDir = fileURLToPath(new URL(`../../.cache/oasdiff/${OASDIFF_VERSION}/`, import.meta.url));

/** The path of the oasdiff binary, installed on first use; an error says why it could not be. */
export function installOasdiff(): { path: string } | { error: string } {
  const path = join(binDir, 'oasdiff');
  if (existsSync(path)) return { path };
  const run = spawnSync('go', ['install', `${OASDIFF_MODULE}@${OASDIFF_VERSION}`], {
    encoding: 'utf8',
    // GOTOOLCHAIN=local: build with the Go on the machine rather than download another toolchain.
    env: { ...process.env, GOBIN: binDir, GOTOOLCHAIN: 'local', GOFLAGS: '-buildvcs=false' },
    timeout: 600_000,
  });
  if (run.error) return { error: `go install ${OASDIFF_MODULE}@${OASDIFF_VERSION}: ${run.error.message}` };
  if (run.status !== 0 || !existsSync(path)) {
    return { error: `go install ${OASDIFF_MODULE}@${OASDIFF_VERSION} failed:\n${run.stderr.trim()}` };
  }
  return { path };
}

/** One finding of oasdiff: its check id, its level (3 error, 2 warning, 1 info) and its text. */
export interface OasdiffFinding {
  id: string;
  level: number;
  text: string;
  operationId?: string;
}

/** What oasdiff says about a pair of bundles: `breaking` (errors and warnings) and `changelog` (everything). */
export interface OasdiffReport {
  breaking: OasdiffFinding[];
  changelog: OasdiffFinding[];
}

function findings(bin: string, command: string, base: string, head: string): OasdiffFinding[] {
  const run = spawnSync(bin, [command, base, head, '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`oasdiff ${command} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout || '[]') as OasdiffFinding[];
}

export function oasdiff(bin: string, base: string, head: string): OasdiffReport {
  return { breaking: findings(bin, 'breaking', base, head), changelog: findings(bin, 'changelog', base, head) };
}

/** oasdiff's verdict in one word: an error is breaking, a warning potentially so, anything else a change. */
export type OasdiffVerdict = 'breaking' | 'warning' | 'change' | 'none';

export function oasdiffVerdict({ breaking, changelog }: OasdiffReport): OasdiffVerdict {
  if (breaking.some((finding) => finding.level >= 3)) return 'breaking';
  if (breaking.length > 0) return 'warning';
  return changelog.length > 0 ? 'change' : 'none';
}
