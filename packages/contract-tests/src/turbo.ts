/**
 * The repository's turbo, started by Node itself: through `pnpm exec turbo`, pnpm's start-up (about 0.5 s of CPU)
 * would cost more than a dry run of turbo does.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoDir } from '@error-contract/spec/workspace';

/** turbo's launcher, the one the root package.json installs; it starts the platform's binary. */
const turboBin = createRequire(join(repoDir, 'package.json')).resolve('turbo/bin/turbo');

/** Runs turbo in the repository and returns its stdout; throws with its stderr when it fails. */
export function turbo(args: readonly string[]): string {
  return execFileSync(process.execPath, [turboBin, ...args], {
    cwd: repoDir,
    encoding: 'utf8',
    // Its stderr (its version, at the least) belongs to the error, not to the test run's output.
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
}
