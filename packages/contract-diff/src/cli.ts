#!/usr/bin/env node
/**
 * `contract-diff [base]`: builds both brands' bundles from the spec at `base` (a git ref; default the last
 * release tag of the client, else main) and from the working tree, prints the classified changes and their
 * changelog entries, and exits 1 when a change is breaking and no pending changeset that names it declares a major
 * bump.
 */
import { CLIENT_PACKAGE } from '@error-contract/spec/brand-view';
import { bundlesAt, bundlesOf, commitOf, lastReleaseTag, refExists, repoRootOf } from '@error-contract/spec/history';
import { pendingChangesets } from './changesets.ts';
import { diffBrands } from './diff-bundles.ts';
import { gate } from './gate.ts';
import { renderReport } from './report.ts';

const USAGE = `Usage: contract-diff [base]

Compares the error contract of each brand at the git ref <base> with the working tree.
<base> defaults to the last release tag of ${CLIENT_PACKAGE}, else main.
Exits 1 when a change is breaking and no pending changeset that names it (contains its changelog line) declares
a major bump of ${CLIENT_PACKAGE}.
`;

/** The last release of the client, else `main`, else `origin/main`. */
export function defaultBase(repoDir: string): string {
  return lastReleaseTag(repoDir) ?? ['main', 'origin/main'].find((ref) => refExists(ref, repoDir)) ?? 'main';
}

export async function main(args: readonly string[], cwd = process.cwd()): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
    process.stderr.write(USAGE);
    return 2;
  }
  const repoDir = repoRootOf(cwd);
  const base = args[0] ?? defaultBase(repoDir);
  const commit = commitOf(base, repoDir);
  const [before, after] = await Promise.all([bundlesAt(commit, repoDir), bundlesOf(repoDir)]);
  const changes = diffBrands(before, after);
  const verdict = gate(changes, pendingChangesets(repoDir));
  const brands = [...new Set([...before.keys(), ...after.keys()])];
  process.stdout.write(renderReport({ base: `${base} (${commit.slice(0, 7)})`, brands, changes, verdict }));
  return verdict.ok ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`contract-diff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
