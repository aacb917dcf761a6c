/** The shared corpus as every runtime's tests read it, and how many cases it holds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Corpus, corpusDir, listCorpusFiles } from '../../codegen/corpus.ts';

export { corpusDir };

export const corpora: Corpus[] = listCorpusFiles().map(
  (name) => JSON.parse(readFileSync(join(corpusDir, name), 'utf8')) as Corpus,
);

export const corpusSize = corpora.reduce((sum, corpus) => sum + corpus.cases.length, 0);

/** How many test doubles every language serves: one per brand × operation × identifier the catalog allows. */
export const doublesSize = corpora.reduce((sum, corpus) => sum + corpus.doubles.length, 0);

/** What a kit's test run says of its corpus tests: how many ran, and the failures' text. */
export interface CorpusRun {
  tests: number;
  failures: string[];
}

/** Every case of the corpus ran in the kit's own tests and agreed with the TypeScript client; the count is printed. */
export function expectAgreement(language: string, { tests, failures }: CorpusRun): void {
  console.log(`${language}: ${tests - failures.length} of ${tests} corpus cases agree`);
  expect(failures).toEqual([]);
  expect(tests).toBe(corpusSize);
}

/** The environment every kit's tests run in: the corpus location, and no network for Go. */
export const kitEnv = { ...process.env, ERROR_CONTRACT_CORPUS: corpusDir, GOTOOLCHAIN: 'local', GOPROXY: 'off' };
