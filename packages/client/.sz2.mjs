import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const b = async (contents, external=[]) => (await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module','main'], external, write: false })).outputFiles[0].contents;
const gz = (c) => gzipSync(c, { level: 9 }).length;
const base = gz(await b("export { default } from 'openapi-fetch';"));
for (const e of ['idenfy','markid']) console.log(e, gz(await b(`export * from './src/${e}.ts';`)) - base);
