/**
 * The build (`scripts/build.mjs` over `tsconfig.build.json`) is on the path of every spec edit, so it reads the
 * package's own sources and nothing they import, not even the standard library: every exported declaration states
 * its type (`isolatedDeclarations`), so each file's `.d.ts` follows from its own text, and `typecheck` does the
 * checking. For the same reason it builds again only the files an edit changed.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const buildScript = join(packageDir, 'scripts/build.mjs');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const scratch = mkdtempSync(join(tmpdir(), 'client-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: string[], cwd = packageDir): string {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}
const build = (project: string, ...args: string[]) => run([buildScript, ...args], project);
const tscBuild = (project: string, ...args: string[]) =>
  run([tsc, '-p', 'tsconfig.build.json', '--noCheck', ...args], project);

/**
 * A copy of the package's sources with a project that takes its settings, for the script to build: its record of what
 * it built (node_modules/.cache) then stays with the copy. It has no dependencies to resolve: the build needs none.
 */
function projectCopy(name: string): string {
  const project = join(scratch, name);
  cpSync(join(packageDir, 'src'), join(project, 'src'), { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(project, 'tsconfig.build.json'),
    JSON.stringify({
      extends: join(packageDir, 'tsconfig.build.json'),
      compilerOptions: { rootDir: 'src', outDir: 'dist' },
      include: ['src'],
    }),
  );
  return project;
}

function filesUnder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), readFileSync(path, 'utf8')]),
  );
}

it('reads its own sources alone', () => {
  const project = projectCopy('listed');
  const read = build(project, '--listFiles').trim().split('\n');
  expect(read.length).toBeGreaterThan(20);
  expect(read.filter((path) => !path.startsWith(join(project, 'src/')))).toEqual([]);
});

it('writes the same JavaScript and declarations as tsc, and as a build that resolves every import', () => {
  const project = projectCopy('same-bytes');
  build(project);
  tscBuild(packageDir, '--outDir', join(scratch, 'tsc'));
  tscBuild(packageDir, '--outDir', join(scratch, 'resolved'), '--noResolve', 'false', '--types', 'node');
  const built = filesUnder(join(project, 'dist'));
  expect([...built.keys()].filter((path) => path.endsWith('.d.ts')).length).toBeGreaterThan(20);
  expect(built).toEqual(filesUnder(join(scratch, 'tsc')));
  expect(built).toEqual(filesUnder(join(scratch, 'resolved')));
}, 120_000); // three builds; slow when every package tests at once on two cores

it('builds again only a changed source, rewriting its outputs alone, and removes the outputs of a removed one', () => {
  const project = projectCopy('edited');
  const dist = join(project, 'dist');
  build(project);
  const longAgo = new Date('2001-01-01');
  for (const path of filesUnder(dist).keys()) utimesSync(join(dist, path), longAgo, longAgo);

  appendFileSync(join(project, 'src/retry.ts'), 'export const addedByTheTest = 1;\n');
  rmSync(join(project, 'src/testing-msw.ts'));
  expect(build(project, '--listFiles').trim().split('\n')).toEqual([join(project, 'src/retry.ts')]);

  const outputs = [...filesUnder(dist).keys()];
  const rewritten = outputs.filter((path) => statSync(join(dist, path)).mtime > longAgo);
  expect(rewritten.sort()).toEqual(['retry.d.ts', 'retry.js']);
  expect(outputs.filter((path) => path.startsWith('testing-msw.'))).toEqual([]);
  tscBuild(project, '--outDir', join(project, 'from-empty'));
  expect(filesUnder(dist)).toEqual(filesUnder(join(project, 'from-empty')));
}, 120_000);

it('builds a file again when its outputs are not what it last wrote', () => {
  const project = projectCopy('tampered');
  build(project);
  writeFileSync(join(project, 'dist/retry.js'), '');
  expect(build(project, '--listFiles').trim().split('\n')).toEqual([join(project, 'src/retry.ts')]);
  expect(readFileSync(join(project, 'dist/retry.js'), 'utf8')).not.toBe('');
});
