/**
 * The generators of committed files, run together in one process. Each lives in the package whose files it writes and
 * is imported by relative path (the published client does not export its codegen), only when it has to run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Generator } from './codegen.ts';

export const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const at = (...parts: string[]) => join(repoDir, ...parts);

/** What every generator reads: the brand bundles and the spec library (both in spec/dist), and the tool versions. */
const shared = [at('spec', 'dist'), at('pnpm-lock.yaml')];

export const generators: readonly Generator[] = [
  {
    name: 'client',
    reads: [...shared, at('packages', 'client', 'codegen'), at('packages', 'client', 'src', 'brand.ts')],
    async write() {
      const codegen = await import('../../client/codegen/generate.ts');
      writeFileSync(codegen.packageJsonPath, codegen.packageJsonWithExports());
      const written = await codegen.writeGenerated();
      return [codegen.packageJsonPath, ...written.map((path) => join(codegen.generatedDir, path))];
    },
  },
  {
    name: 'kits',
    reads: [...shared, at('packages', 'kits', 'codegen')],
    async write() {
      const codegen = await import('../../kits/codegen/generate.ts');
      return codegen.writeKits().map((path) => join(codegen.packageDir, path));
    },
  },
  {
    name: 'kit corpus',
    reads: [...shared, at('packages', 'kit-corpus', 'src')],
    async write() {
      const codegen = await import('../../kit-corpus/src/generate.ts');
      return codegen.writeCorpora().map((name) => join(codegen.corpusDir, name));
    },
  },
];

export const fingerprintPath = at('node_modules', '.cache', 'error-contract-codegen', 'fingerprint.json');
