// The client's build, on the path of every spec edit: tsc's emit of the project (`-p`, tsconfig.build.json unless
// told; tsc's flags, e.g. `--outDir`), file by file. The project's `isolatedModules`, `isolatedDeclarations` and
// `noResolve` make each file's JavaScript and declaration follow from its own text, so
// - a source whose text and outputs are as the last build left them is not parsed again (an explanation edit changes
//   two catalogs of 26 files). The record of what each source made is kept in node_modules/.cache, not in the out
//   folder, so it neither travels with turbo's cached outputs nor is packed, and the outputs on disk are compared
//   with it, so outputs restored or changed since are built again;
// - the standard library is left out (`noLib`): nothing is checked and no type is looked up, and tsc parses and binds
//   its declarations even with `--noCheck`, a third of its CPU here.
// The out folder ends holding what a build into an empty one holds, the bytes of `tsc -p tsconfig.build.json
// --noCheck` (test/build.test.ts), and a file already holding its bytes is not written. Plain JavaScript, so that
// Node runs it without a loader.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// From Node 22 on V8 keeps TypeScript's compiled code between runs, as tsc's own launcher asks it to.
module.enableCompileCache?.();
// Required, not imported: Node's ESM loader would first scan the 9 MB module for the names it exports.
const ts = module.createRequire(import.meta.url)('typescript');

const commandLine = ts.parseCommandLine(process.argv.slice(2));
const project = commandLine.options.project ?? 'tsconfig.build.json';
const config = ts.getParsedCommandLineOfConfigFile(project, commandLine.options, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => fail([diagnostic]),
});
if (commandLine.errors.length + config.errors.length) fail([...commandLine.errors, ...config.errors]);
const { outDir, rootDir, configFilePath } = config.options;
// Without rootDir, where an output goes would depend on which files are built; and the out folder is emptied of
// anything but outputs, so it must hold neither the sources nor the project.
const isWithin = (dir, parent) => !relative(parent, dir).startsWith('..');
if (!outDir || !rootDir || [rootDir, dirname(configFilePath)].some((dir) => isWithin(dir, outDir))) {
  fail(`${project}: the build needs a rootDir and an outDir outside it and outside the project's folder.`);
}
const options = { ...config.options, noCheck: true, noLib: true, lib: undefined };

const hash = (text) => createHash('sha256').update(text).digest('hex');
const recordPath = join(dirname(configFilePath), 'node_modules/.cache/client-build.json');
// Another TypeScript, other options (another outDir) or another version of this script may emit other bytes: a record
// made with them is void.
const script = readFileSync(fileURLToPath(import.meta.url), 'utf8');
const recordKey = hash(JSON.stringify([ts.version, { ...options, listFiles: undefined }, script]));
const record = readRecord();

/** Source path → its text's hash and each output's path → hash, for the record the next build reads. */
const made = {};
const toEmit = [];
for (const source of config.fileNames) {
  const text = hash(readFileSync(source, 'utf8'));
  const last = record[source];
  if (last?.text === text && Object.entries(last.outputs).every(([path, bytes]) => hashOnDisk(path) === bytes)) {
    made[source] = last;
  } else {
    made[source] = { text, outputs: {} };
    toEmit.push(source);
  }
}

const host = ts.createCompilerHost(options);
const program = ts.createProgram({ rootNames: toEmit, options, host });
const emitted = program.emit(undefined, (path, text, byteOrderMark, _onError, [source] = []) => {
  const bytes = byteOrderMark ? `\uFEFF${text}` : text;
  made[source.fileName].outputs[path] = hash(bytes);
  if (readOrNothing(path) === bytes) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
});
const problems = [...program.getOptionsDiagnostics(), ...program.getSyntacticDiagnostics(), ...emitted.diagnostics];
if (problems.length) fail(problems);
if (options.listFiles) for (const file of program.getSourceFiles()) console.log(file.fileName);

removeAllBut(outDir, new Set(Object.values(made).flatMap((entry) => Object.keys(entry.outputs))));
writeRecord(made);

function readOrNothing(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function hashOnDisk(path) {
  const bytes = readOrNothing(path);
  return bytes === undefined ? undefined : hash(bytes);
}

function readRecord() {
  try {
    const { key, made } = JSON.parse(readFileSync(recordPath, 'utf8'));
    return key === recordKey ? made : {};
  } catch {
    return {};
  }
}

/** Written whole under a name of its own, then renamed, so that a build running beside this one never reads half. */
function writeRecord(made) {
  mkdirSync(dirname(recordPath), { recursive: true });
  const partial = `${recordPath}.${process.pid}`;
  writeFileSync(partial, JSON.stringify({ key: recordKey, made }));
  renameSync(partial, recordPath);
}

/** Removes every file under `dir` that is not in `kept`, and the folders that leaves empty. */
function removeAllBut(dir, kept) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removeAllBut(path, kept);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!kept.has(path)) {
      rmSync(path);
    }
  }
}

function fail(problems) {
  const names = {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: ts.sys.getCurrentDirectory,
    getNewLine: () => '\n',
  };
  process.stderr.write(typeof problems === 'string' ? `${problems}\n` : ts.formatDiagnostics(problems, names));
  process.exit(1);
}
