/**
 * The unit tests of "Handle it" on the contract's test doubles, as both handbooks show them: the TypeScript one runs
 * as the page shows it, with Node (tsx, node:test) and MSW; the Python, Go and PHP ones must be exactly what the
 * kits' tests run (packages/kits/test/handbook-tests.test.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clientEntries } from '@error-contract/client/codegen';
import { doubleTestCells, doubleTests } from '@error-contract/kits/codegen';
import { catalogOf } from '@error-contract/spec/catalog';
import { declaredBrands, linkPublishedClients, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doubleTestSnippet } from '../src/handbook.ts';
import { appDir } from '../src/site-layout.ts';
import { publishedSnippets } from './support/published-snippets.ts';

const run = promisify(execFile);
const declared = new Map(declaredBrands().map((brand) => [brand.id, brand]));
/** Inside this package, so that the workspace client the published names stand for, and `msw`, resolve. */
const testsDir = join(appDir, 'test-results', 'double-tests');
const tsxLoader = createRequire(import.meta.url).resolve('tsx');
/** The client's published names, resolved in `testsDir` once for every test written there. */
beforeAll(() => {
  mkdirSync(testsDir, { recursive: true });
  writeFileSync(join(testsDir, 'package.json'), '{ "type": "module" }\n');
  linkPublishedClients(
    testsDir,
    clientEntries.map(({ subpath }) => subpath),
  );
});
afterAll(() => rmSync(testsDir, { recursive: true, force: true }));

describe.each(publishedBrands())('%s', (brand) => {
  const bundle = loadBundle(brand);
  const named = declared.get(brand);
  if (!named) throw new Error(`${brand} is not declared.`);
  const snippets = publishedSnippets(brand);
  const cells = new Map(doubleTestCells(brand, bundle).map((cell) => [cell.identifier, cell]));
  const entries = catalogOf(bundle).map((entry) => [entry.identifier, entry] as const);

  it.each(entries)('shows the unit tests of %s the kits run', (identifier, entry) => {
    const cell = cells.get(identifier);
    expect(cell, `${brand}: ${identifier} has an operation that can return it`).toBeDefined();
    const { python, go, php } = snippets.get(entry.docsAnchor)?.tests ?? {};
    const want = cell && doubleTests(cell);
    expect({ python, go, php }).toEqual({
      python: want?.python.trimEnd(),
      go: want?.go.trimEnd(),
      php: want?.php.trimEnd(),
    });
  });

  // Each in its own Node process, so they run side by side.
  it.concurrent.for(entries)(
    'runs the TypeScript unit test of %s with MSW, as the page shows it',
    async ([identifier, entry], { expect }) => {
      const cell = cells.get(identifier);
      const source = snippets.get(entry.docsAnchor)?.tests.ts;
      expect(source).toBe(cell && doubleTestSnippet(named, bundle, cell.operationId, identifier).trimEnd());
      const file = join(testsDir, `${brand}.${identifier}.test.ts`);
      writeFileSync(file, source ?? '');
      // TAP named: Node 24's default reporter into a pipe is `spec`, Node 20's was TAP.
      const { stdout } = await run(process.execPath, ['--import', tsxLoader, '--test', '--test-reporter=tap', file], {
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        timeout: 60_000,
      });
      expect(stdout).toMatch(/^# pass 1$/m);
      expect(stdout).toMatch(/^# fail 0$/m);
    },
  );
});
