/**
 * The published package as a consumer gets it: packed by pnpm (catalog and workspace versions resolved), then
 * checked by publint (package.json against the files) and by Are the Types Wrong (types for each entry point).
 * ESM only: Node 20.19+, the supported engines, can `require()` an ES module, so the `esm-only` profile applies.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

function run(command: string, args: string[], cwd = packageDir) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ?? ''}` };
}

/** publint's messages, formatted; empty when the package is clean (warnings count, `strict`). */
export async function publintMessages(): Promise<string[]> {
  const { messages, pkg } = await publint({ pkgDir: packageDir, strict: true, level: 'suggestion', pack: 'pnpm' });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

/** Packs the package with pnpm and runs attw on the tarball; returns attw's report when it finds a problem. */
export function attwProblems(): string | undefined {
  const outDir = mkdtempSync(join(tmpdir(), 'client-pack-'));
  try {
    const pack = run('pnpm', ['pack', '--pack-destination', outDir]);
    if (!pack.ok) return `pnpm pack failed:\n${pack.output}`;
    const tarball = readdirSync(outDir).find((name) => name.endsWith('.tgz'));
    if (!tarball) return `pnpm pack wrote no tarball:\n${pack.output}`;
    const attw = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
    const bin = join(attw, '..', JSON.parse(readFileSync(attw, 'utf8')).bin.attw);
    const check = run(process.execPath, [
      bin,
      join(outDir, tarball),
      '--profile',
      'esm-only',
      '--no-emoji',
      '--no-color',
    ]);
    return check.ok ? undefined : check.output;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
