import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ClientCodegen, loadClientCodegen } from '../src/client-codegen.ts';
import { type GeneratedFiles, generatedFileProblems, readFiles } from '../src/generated-files.ts';

const WORKING_TREE = 'in packages/client/src/generated';

let codegen: ClientCodegen;
let fresh: GeneratedFiles;
const outDir = mkdtempSync(join(tmpdir(), 'contract-tests-client-'));

beforeAll(async () => {
  codegen = await loadClientCodegen();
  await codegen.writeGenerated(outDir);
  fresh = readFiles(outDir, codegen.listFiles(outDir));
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function workingTree(): GeneratedFiles {
  return readFiles(codegen.generatedDir, codegen.listFiles(codegen.generatedDir));
}

// Against the working tree, not HEAD: the client's own tests compare with HEAD in CI, and the scenario tests run this
// suite on a clone whose regenerated files are deliberately not committed.
it('regenerates, from the current spec, exactly the client files in the working tree', () => {
  expect(fresh.size).toBeGreaterThan(0);
  expect(generatedFileProblems(fresh, workingTree(), WORKING_TREE)).toEqual([]);
});

it('fails, naming the brand and file, when a generated file is stale, missing or left over', () => {
  const committed = new Map(workingTree());
  const catalog = committed.get('markid/catalog.ts') ?? Buffer.alloc(0);
  committed.set('markid/catalog.ts', Buffer.concat([catalog, Buffer.from('// edited by hand\n')]));
  committed.delete('idenfy/operations.ts');
  committed.set('acme/catalog.ts', Buffer.from(''));
  expect(generatedFileProblems(fresh, committed, WORKING_TREE)).toEqual([
    'idenfy: generated client file operations.ts: expected to be in packages/client/src/generated, got no such file (run `pnpm generate`)',
    'markid: generated client file catalog.ts: expected the bytes regenerated from the spec, got a stale copy in packages/client/src/generated (run `pnpm generate`)',
    'acme: generated client file catalog.ts: expected no such file (the spec no longer generates it), got one in packages/client/src/generated',
  ]);
});
