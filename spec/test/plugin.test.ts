import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlugin } from '../src/pipeline.ts';
import { spellAlsoInLowerCase } from '../src/plugin/enum-spellings.ts';
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

describe('the brand decorator spelling an enum in lower case too', () => {
  const codes = { type: 'string', enum: ['LT', 'lv', 'EE'] };
  const cases: Array<[string, { given: Record<string, unknown>; want: Record<string, unknown> | string }]> = [
    [
      "takes the named schema's values, then each lower-case spelling once, and drops the marker",
      {
        given: { type: 'string', 'x-also-lower-case-of': 'Codes' },
        want: { type: 'string', enum: ['LT', 'lv', 'EE', 'lt', 'ee'] },
      },
    ],
    ['leaves a schema without the marker alone', { given: { enum: ['LT'] }, want: { enum: ['LT'] } }],
    [
      'refuses a marker naming a schema the spec does not have',
      { given: { 'x-also-lower-case-of': 'Nowhere' }, want: 'Code: `x-also-lower-case-of` must name a schema' },
    ],
    [
      'refuses a marker naming a schema without a string enum',
      { given: { 'x-also-lower-case-of': 'Numbers' }, want: 'Code: `x-also-lower-case-of` must name a schema' },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const schemas = { Codes: structuredClone(codes), Numbers: { enum: [1] }, Code: structuredClone(given) };
    if (typeof want === 'string') {
      expect(() => spellAlsoInLowerCase(schemas)).toThrow(want);
      return;
    }
    spellAlsoInLowerCase(schemas);
    expect(schemas.Code).toEqual(want);
    expect(schemas.Codes).toEqual(codes);
  });
});
