import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlugin } from '../src/pipeline.ts';
import { copySpec, pluginFile, repoDir } from '../src/workspace.ts';

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe('the Redocly plugin', () => {
  it('is built from the spec library into one file that imports no package', () => {
    const plugin = readFileSync(join(repoDir, pluginFile), 'utf8');
    const imports = [...plugin.matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)].map(([, from]) => from);
    expect(imports.filter((from) => !from?.startsWith('node:'))).toEqual([]);
    expect(plugin).not.toMatch(/\brequire\(/);
  });

  it('refuses to build when the library it is built from imports a package', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'error-contract-plugin-'));
    copySpec(scratch);
    appendFileSync(join(scratch, 'spec/src/catalog.ts'), "\nimport 'yaml';\n");
    await expect(buildPlugin(scratch)).rejects.toThrow('The Redocly plugin must import no package, but imports yaml.');
  });
});
