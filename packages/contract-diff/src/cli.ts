#!/usr/bin/env node
/**
 * `contract-diff [base]`: builds both brands' bundles from the spec at `base` (a git ref; default the last
 * release tag of the client, else main) and from the working tree, prints the classified changes and their
 * changelog entries, and exits 1 when a change is breaking and no pending changeset declares a major bump.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundles } from './build-bundles.ts';
import { declaredBump } from './changesets.ts';
import { diffBrands } from './diff-bundles.ts';
import { gate } from './gate.ts';
import { commitOf, defaultBase, materialiseSpec, repoRootOf } from './git.ts';
import { renderReport } from './report.ts';

const USAGE = `Usage: contract-diff [base]

Compares the error contract of each brand at the git ref <base> with the working tree.
<base> defaults to the last release tag of @error-contract/client, else main.
Exits 1 when a change is breaking and no pending changeset declares a major bump of @error-contract/client.
`;

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
  const workDir = mkdtempSync(join(tmpdir(), 'contract-diff-'));
  try {
    materialiseSpec(commit, repoDir, join(workDir, 'base'));
    const before = await buildBundles(join(workDir, 'base', 'redocly.yaml'), join(workDir, 'base-dist'));
    const after = await buildBundles(join(repoDir, 'redocly.yaml'), join(workDir, 'head-dist'));
    const changes = diffBrands(before, after);
    const verdict = gate(changes, declaredBump(repoDir));
    const brands = [...new Set([...before.keys(), ...after.keys()])];
    process.stdout.write(renderReport({ base: `${base} (${commit.slice(0, 7)})`, brands, changes, verdict }));
    return verdict.ok ? 0 : 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`contract-diff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
