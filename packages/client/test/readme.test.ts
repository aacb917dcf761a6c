import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

const scratch = join(packageDir, 'node_modules', '.readme-check');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The README's TypeScript blocks as one module: imports first, then the first block, then each other block in its own scope. */
function readmeModule(): string {
  const blocks = [...readFileSync(join(packageDir, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map(
    ([, code]) => code ?? '',
  );
  const imports = new Set<string>();
  const bodies = blocks.map((block) =>
    block
      .split('\n')
      .filter((line) => !(line.startsWith('import ') && imports.add(line)))
      .join('\n'),
  );
  const [first = '', ...rest] = bodies;
  return [
    ...imports,
    'declare function redirect(url: string): void;',
    first,
    ...rest.map((body) => `{\n${body}\n}`),
    'export {};',
  ].join('\n');
}

it('has TypeScript examples that compile against the built package', () => {
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'readme.ts'), readmeModule());
  const tsconfig = {
    compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, noEmit: true, types: ['node'] },
    files: ['readme.ts'],
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(tsconfig));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', scratch], { encoding: 'utf8' });
  expect(`${run.stdout}${run.stderr}`).toBe('');
}, 180_000); // one tsc run; slow when every package tests at once on two cores
