/**
 * `tsx src/cli.ts pack [out]` (`pnpm turbo run artefacts`, cached): packs every artefact of the release into `out`
 * (default dist/), after `pnpm build`. `dry-run [out]`: packs, then installs each artefact with its ecosystem's tool
 * in a scratch project and runs its smoke program against the brand's sandbox, itself started from its tarball.
 */
import { packedDir, packRelease } from './pack.ts';

const usage = 'Usage: release pack [out-dir] | release dry-run [out-dir]';
const [command, out = packedDir] = process.argv.slice(2);

function sizeOf(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

try {
  if (command === 'pack' || command === 'dry-run') {
    const { version, artefacts, skipped } = await packRelease(out);
    console.log(`Packed release ${version} into ${out}:`);
    for (const { ecosystem, reason } of skipped) console.log(`  skipped the ${ecosystem} artefacts: ${reason}`);
    for (const { name, files } of artefacts) {
      console.log(`  ${name}`);
      for (const file of files) console.log(`    ${file.path.padEnd(96)} ${sizeOf(file.bytes).padStart(9)}`);
    }
    if (command === 'dry-run') {
      const { dryRun } = await import('./dry-run.ts');
      const runs = await dryRun(out);
      const failed = runs.filter((smoke) => !smoke.ok).length;
      console.log(
        failed === 0
          ? `Dry run: ${runs.length} smoke runs passed.`
          : `Dry run: ${failed} of ${runs.length} smoke runs failed.`,
      );
      process.exitCode = failed === 0 ? 0 : 1;
    }
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
