import { build } from 'esbuild';
const r = await build({ stdin: { contents: "export * from './dist/markid.js';", resolveDir: process.cwd(), loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module','main'], external: ['openapi-fetch'], write: false });
process.stdout.write(r.outputFiles[0].text);
