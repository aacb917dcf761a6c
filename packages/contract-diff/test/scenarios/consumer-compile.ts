/**
 * The consumer-compile proof: a copy of the client regenerated from a scenario's bundles, and the integrator code
 * of `consumer/` compiled against it, every scenario in one TypeScript program.
 *
 * Each scenario gets a folder `<root>/<id>/` holding `consumer/` and `node_modules/@error-contract/client/` (the
 * client's runtime sources as they are in the work tree, and `src/generated/` regenerated from the scenario's
 * bundles), so the consumer imports `@error-contract/client/idenfy` exactly as a partner does.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from '@error-contract/client/codegen';
import ts from 'typescript';

const clientDir = dirname(createRequire(import.meta.url).resolve('@error-contract/client/package.json'));
export const consumerDir = fileURLToPath(new URL('../../consumer/', import.meta.url));

/** Where a scenario's client is generated from: its bundles and the redocly.yaml that lists its brands. */
export interface ClientSource {
  specDistDir: string;
  configPath: string;
}

/** The folder all scenarios compile in; its node_modules are the client's own (openapi-fetch, @types/node). */
export function compileRoot(root: string): void {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(clientDir, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/**
 * Writes the scenario's client and consumer under `<root>/<id>/`. Returns the generator's error when the client
 * cannot be generated from the scenario's bundles (then nothing is compiled for it).
 */
export async function prepareScenario(root: string, id: string, source: ClientSource): Promise<string | undefined> {
  const packageDir = join(root, id, 'node_modules', '@error-contract', 'client');
  let files: Map<string, string>;
  try {
    files = await generateAll(source);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const runtime = readdirSync(join(clientDir, 'src')).filter((file) => file.endsWith('.ts'));
  for (const file of runtime) cpSync(join(clientDir, 'src', file), join(packageDir, 'src', file));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(packageDir, 'src', 'generated', path)), { recursive: true });
    writeFileSync(join(packageDir, 'src', 'generated', path), content);
  }
  const brands = [...files.keys()].filter((path) => path.endsWith('/index.ts')).map((path) => path.split('/')[0]);
  const exports = Object.fromEntries(
    brands.map((brand) => [`./${brand}`, { types: `./src/generated/${brand}/index.ts` }]),
  );
  writeFileSync(
    join(packageDir, 'package.json'),
    `${JSON.stringify({ name: '@error-contract/client', type: 'module', exports }, null, 2)}\n`,
  );
  cpSync(consumerDir, join(root, id, 'consumer'), { recursive: true, filter: (path) => !path.endsWith('.md') });
  return undefined;
}

/** An integrator's tsconfig: strict, Node's ESM resolution; the client's sources import `.ts` paths. */
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  allowImportingTsExtensions: true,
  types: ['node'],
};

/** One tsc error: which part failed (the consumer's code or the generated client itself), its code and text. */
export interface CompileError {
  part: 'consumer' | 'client';
  /** The brand whose files failed; undefined for the client's shared runtime. */
  brand: string | undefined;
  file: string;
  code: string;
  message: string;
}

/** Compiles every scenario's consumer at once; the errors by scenario id. */
export function compileScenarios(root: string, ids: readonly string[]): Map<string, CompileError[]> {
  const rootNames = ids.flatMap((id) =>
    readdirSync(join(root, id, 'consumer')).map((file) => join(root, id, 'consumer', file)),
  );
  const program = ts.createProgram({
    rootNames,
    options: { ...OPTIONS, typeRoots: [join(root, 'node_modules', '@types')] },
  });
  const errors = new Map<string, CompileError[]>(ids.map((id) => [id, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const path = diagnostic.file ? relative(root, diagnostic.file.fileName) : '';
    const [id = '', ...rest] = path.split(sep);
    const part = rest[0] === 'consumer' ? 'consumer' : 'client';
    const generated = rest.indexOf('generated');
    const error: CompileError = {
      part,
      brand: part === 'consumer' ? rest.at(-1)?.replace(/\.ts$/, '') : generated > 0 ? rest[generated + 1] : undefined,
      file: rest.at(-1) ?? '',
      code: `TS${diagnostic.code}`,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
    };
    const list = errors.get(id);
    if (!list) throw new Error(`tsc: ${error.code} ${error.message} (${path || 'no file'})`);
    list.push(error);
  }
  return errors;
}
