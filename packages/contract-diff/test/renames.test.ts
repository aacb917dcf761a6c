import { lintSources } from '@error-contract/spec/pipeline';
import { describe, expect, test } from 'vitest';
import { renameEntry } from './scenarios/changes.ts';
import { editedSpec } from './scenarios/spec-copy.ts';

const renamedFromProblems = async (from: string, to: string) => {
  const { configPath } = editedSpec((spec) => spec.editCatalog((document) => renameEntry(document, from, to)));
  const { problems } = await lintSources({ configPath });
  return problems.filter((problem) => problem.message.includes('renamedFrom')).map((problem) => problem.message);
};

describe('a rename is declared on the new catalog entry, and lint checks the declaration', () => {
  test('an entry renamed from an identifier that left the catalog is a valid declaration', async () => {
    expect(await renamedFromProblems('TOKEN_NOT_VALID', 'TOKEN_INVALID')).toEqual([]);
  });

  test('an entry renamed from an identifier still in the catalog is a lint error naming the rule', async () => {
    const { configPath } = editedSpec((spec) =>
      spec.editCatalog((document) =>
        document.setIn(['x-error-catalog', 'TOKEN_NOT_VALID', 'renamedFrom'], 'BAD_VALUE'),
      ),
    );
    const { problems } = await lintSources({ configPath });
    expect(problems.filter((problem) => problem.message.includes('renamedFrom'))).toMatchObject([
      {
        rule: 'error-contract/catalog-consistent',
        message:
          'TOKEN_NOT_VALID: renamedFrom must name the identifier it replaces, UPPER_SNAKE_CASE and no longer in the catalog, got "BAD_VALUE".',
      },
    ]);
  });
});
