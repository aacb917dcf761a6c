/**
 * `pnpm generate`: regenerates src/generated/ from the spec's brand bundles (build the spec first), and the
 * package's `exports` map, one entry point per brand.
 */
import { writeFileSync } from 'node:fs';
import { generatedDir, packageJsonPath, packageJsonWithExports, writeGenerated } from '../codegen/generate.ts';

writeFileSync(packageJsonPath, packageJsonWithExports());
const written = await writeGenerated();
console.log(`Generated ${written.length} files in ${generatedDir}`);
