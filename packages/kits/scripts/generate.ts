/** `pnpm generate`: regenerates each brand's PHP, Python and Go code from the spec's brand bundles. */
import { packageDir, writeKits } from '../codegen/generate.ts';

const written = writeKits();
console.log(`Generated ${written.length} files in ${packageDir}`);
