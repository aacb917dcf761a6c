/** Type-checks TypeScript modules (the docs' code samples) with tsc, against the built workspace packages. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { linkPublishedClients } from '@error-contract/spec/workspace';

const tscBin = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
  },
  include: ['*.ts'],
};

export interface Diagnostic {
  /** The file's name without its folder, e.g. `idenfy.createToken.ts`; empty for a diagnostic of the whole run. */
  file: string;
  line: number;
  code: string;
  message: string;
}

const DIAGNOSTIC = /^(?:(.+?)\((\d+),\d+\): )?error (TS\d+): (.*)$/;

/** tsc's plain-text diagnostics; continuation lines (a message's detail) are appended to the one they follow. */
function parseDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = DIAGNOSTIC.exec(line.trimEnd());
    const [, path = '', lineNumber = '0', code = '', message = ''] = match ?? [];
    const last = diagnostics.at(-1);
    if (match) {
      diagnostics.push({ file: path.split(/[/\\]/).pop() ?? path, line: Number(lineNumber), code, message });
    } else if (line.trim() && last) {
      last.message += ` ${line.trim()}`;
    }
  }
  return diagnostics;
}

/**
 * Writes `files` (name → source) into `dir`, which must sit inside this package so that `@error-contract/client`
 * resolves, and runs tsc over them once. Returns the diagnostics of the file `name`, plus those of the whole run.
 * Files that import a brand's client by its published name, as the docs do, need the `publishedEntries` they import
 * (`clientEntries`' subpaths): the caller names them, so a caller that needs none does not load the client's
 * generator, and TypeScript with it, to learn them.
 */
export function typeCheck(
  files: ReadonlyMap<string, string>,
  dir: string,
  publishedEntries: readonly string[] = [],
): (name: string) => Diagnostic[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  if (publishedEntries.length > 0) linkPublishedClients(dir, publishedEntries);
  for (const [name, source] of files) writeFileSync(join(dir, name), source);
  const run = spawnSync(process.execPath, [tscBin, '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  const diagnostics = parseDiagnostics(`${run.stdout}${run.stderr}`);
  if (run.status !== 0 && diagnostics.length === 0) {
    diagnostics.push({ file: '', line: 0, code: `exit ${run.status}`, message: `${run.stdout}${run.stderr}` });
  }
  return (name) => diagnostics.filter((diagnostic) => diagnostic.file === name || diagnostic.file === '');
}
