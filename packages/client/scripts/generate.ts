/** `pnpm generate`: regenerates src/generated/ from the spec's brand bundles (build the spec first). */
import { generatedDir, writeGenerated } from '../codegen/generate.ts';

const written = await writeGenerated();
console.log(`Generated ${written.length} files in ${generatedDir}`);
