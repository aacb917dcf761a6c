/** `pnpm generate`: regenerates generated/<brand>.json from the spec's brand bundles (build the spec first). */
import { corpusDir, writeCorpora } from '../src/generate.ts';

const written = writeCorpora();
console.log(`Generated ${written.length} corpus files in ${corpusDir}`);
