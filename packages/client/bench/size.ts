/**
 * What this package adds to an application's bundle on top of openapi-fetch: the app's imports bundled and minified
 * by esbuild, gzipped, minus openapi-fetch bundled alone. Rows: everything an entry point exports, and the imports
 * of a typical app. Run `pnpm build` first: it measures dist/.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** What one entry point added before issue 22 made the client faster: the speed-ups must not make it larger. */
const CEILING_BYTES = 3774;
/** The size the client was first meant to stay within, before the bounded read and the masking rule. */
const GOAL_BYTES = 3 * 1024;

async function minified(stdin: string, external: string[] = []): Promise<Uint8Array> {
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
  if (!existsSync(new URL(`../dist/generated/${entry}/index.js`, import.meta.url)))
    throw new Error('Run `pnpm build` first.');
}

const apps: Record<string, string> = {
  'idenfy, every export': "export * from './dist/generated/idenfy/index.js';",
  'markid, every export': "export * from './dist/generated/markid/index.js';",
  'both entry points, every export':
    "export * as idenfy from './dist/generated/idenfy/index.js';\nexport * as markid from './dist/generated/markid/index.js';",
  'idenfy: createIdenfyClient + unwrap':
    "export { createIdenfyClient, unwrap } from './dist/generated/idenfy/index.js';",
  'idenfy: createIdenfyClient only': "export { createIdenfyClient } from './dist/generated/idenfy/index.js';",
};

const openapiFetch = gzipped(await minified("export { default } from 'openapi-fetch';"));
const rows: Record<string, Record<string, string>> = {};
let worstEntry = 0;
for (const [name, code] of Object.entries(apps)) {
  const own = await minified(code, ['openapi-fetch']);
  const together = gzipped(await minified(code));
  const added = together - openapiFetch;
  if (name.endsWith('every export') && !name.startsWith('both')) worstEntry = Math.max(worstEntry, added);
  rows[name] = {
    'own code, min': kB(own.length),
    'own code, min+gz': kB(gzipped(own)),
    'with openapi-fetch, min+gz': kB(together),
    'added to openapi-fetch': kB(added),
  };
}
console.log(`\nbundle size (esbuild --minify, gzip -9); openapi-fetch alone: ${kB(openapiFetch)} min+gz`);
console.table(rows);
console.log(
  `one entry point adds ${kB(worstEntry)} (${worstEntry} bytes) min+gz on top of openapi-fetch ` +
    `(target <= ${kB(CEILING_BYTES)}, ${CEILING_BYTES} bytes, no growth; goal <= ${kB(GOAL_BYTES)}) ` +
    `${worstEntry <= CEILING_BYTES ? 'ok' : 'ABOVE TARGET'}${worstEntry <= GOAL_BYTES ? ', goal reached' : ''}`,
);
