/**
 * `tsx src/cli.ts pack [out]` (`pnpm turbo run artefacts`, cached): packs every artefact of the release into `out`
 * (default dist/), after `pnpm build`. `dry-run [out]`: packs, then installs each artefact with its ecosystem's tool
 * in a scratch project and runs its smoke program against the brand's sandbox, itself started from its tarball.
 * `smoke [out] [--npm-only]`: the dry run's installs and smoke programs alone, on artefacts packed before (under
 * another Node version, say); `--npm-only` keeps to the npm artefacts, the ones the Node version can change.
 */
import { parseArgs } from 'node:util';
import { packedDir, packRelease } from './pack.ts';

const usage = 'Usage: release pack [out-dir] | release dry-run [out-dir] | release smoke [out-dir] [--npm-only]';

function sizeOf(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

async function pack(out: string): Promise<void> {
  const { version, artefacts, skipped } = await packRelease(out);
  console.log(`Packed release ${version} into ${out}:`);
  for (const { ecosystem, reason } of skipped) console.log(`  skipped the ${ecosystem} artefacts: ${reason}`);
  for (const { name, files } of artefacts) {
    console.log(`  ${name}`);
    for (const file of files) console.log(`    ${file.path.padEnd(96)} ${sizeOf(file.bytes).padStart(9)}`);
  }
}

async function smoke(out: string, npmOnly: boolean): Promise<number> {
  const { dryRun } = await import('./dry-run.ts');
  const runs = await dryRun(out, { npmOnly });
  const failed = runs.filter((run) => !run.ok).length;
  console.log(
    failed === 0
      ? `Dry run (Node ${process.versions.node}): ${runs.length} smoke runs passed.`
      : `Dry run (Node ${process.versions.node}): ${failed} of ${runs.length} smoke runs failed.`,
  );
  return failed === 0 ? 0 : 1;
}

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'npm-only': { type: 'boolean', default: false } },
  });
  const [command, out = packedDir, ...extra] = positionals;
  if (extra.length > 0 || (values['npm-only'] && command !== 'smoke')) {
    console.error(usage);
    process.exitCode = 2;
  } else if (command === 'pack') {
    await pack(out);
  } else if (command === 'dry-run') {
    await pack(out);
    process.exitCode = await smoke(out, false);
  } else if (command === 'smoke') {
    process.exitCode = await smoke(out, values['npm-only']);
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
