/** An explanation the tests and the bench edit: one plain sentence every brand shares, as the spec's source writes it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogOf } from '@error-contract/spec/catalog';
import { catalogSourceFile, loadBundle } from '@error-contract/spec/workspace';

export const CATALOG_FILE = catalogSourceFile;

export function plainExplanation(root: string, brand: string): { identifier: string; explanation: string } {
  const source = readFileSync(join(root, 'spec', CATALOG_FILE), 'utf8');
  const entry = catalogOf(loadBundle(brand, join(root, 'spec', 'dist'))).find(
    ({ explanation }) =>
      /^[\w ,'-]+\.$/.test(explanation) && source.split(`explanation: ${explanation}\n`).length === 2,
  );
  if (!entry) throw new Error('The catalog has no plain one-line explanation to edit.');
  return entry;
}
