/** The edit the API team makes all day, as the benches make it: one word of one explanation. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogSourceFile } from '@error-contract/spec/workspace';

const CATALOG_FILE = `spec/${catalogSourceFile}`;

/** Puts `word` in place of the last word of the catalog's first one-line explanation, in the checkout at `root`. */
export function editOneWord(root: string, word: string): void {
  const path = join(root, CATALOG_FILE);
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(
    /^( +explanation: .*?)(\w+)(\W*)$/m,
    (_, before, _word, after) => `${before}${word}${after}`,
  );
  if (edited === text) throw new Error(`${CATALOG_FILE}: no one-line explanation to put "${word}" in.`);
  writeFileSync(path, edited);
}
