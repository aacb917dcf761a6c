/**
 * What this package adds to an application's bundle on top of openapi-fetch: each entry point bundled and
 * minified by esbuild with openapi-fetch left out, then gzipped. Run `pnpm build` first: it measures dist/.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const TARGET_BYTES = 3 * 1024;

async function minified(stdin: string, external: string[]): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents: stdin, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.contents ?? new Uint8Array();
}

const gzipped = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

for (const entry of ['idenfy', 'markid']) {
  if (!existsSync(new URL(`../dist/${entry}.js`, import.meta.url))) throw new Error('Run `pnpm build` first.');
}

const openapiFetch = gzipped(await minified("export { default } from 'openapi-fetch';", []));
const rows: Record<string, Record<string, string>> = {};
let worst = 0;
for (const entry of ['idenfy', 'markid', 'idenfy + markid']) {
  const imports = entry
    .split(' + ')
    .map((name) => `export * as ${name} from './dist/${name}.js';`)
    .join('\n');
  const ownCode = await minified(imports, ['openapi-fetch']);
  const together = gzipped(await minified(imports, []));
  const added = gzipped(ownCode);
  if (entry !== 'idenfy + markid') worst = Math.max(worst, added);
  rows[entry] = {
    'min (own code)': kB(ownCode.length),
    'min+gz (own code)': kB(added),
    'min+gz with openapi-fetch': kB(together),
    'added to openapi-fetch': kB(together - openapiFetch),
  };
}
console.log(`\nbundle size (esbuild --minify, gzip -9); openapi-fetch alone: ${kB(openapiFetch)} min+gz`);
console.table(rows);
console.log(
  `one entry point adds at most ${kB(worst)} min+gz on top of openapi-fetch (target <= ${kB(TARGET_BYTES)}) ${worst <= TARGET_BYTES ? 'ok' : 'ABOVE TARGET'}`,
);
