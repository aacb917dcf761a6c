/** The shared corpus as every runtime's tests read it, and how many cases it holds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Corpus, corpusDir, listCorpusFiles } from '../../codegen/corpus.ts';

export { corpusDir };

export const corpora: Corpus[] = listCorpusFiles().map(
  (name) => JSON.parse(readFileSync(join(corpusDir, name), 'utf8')) as Corpus,
);

export const corpusSize = corpora.reduce((sum, corpus) => sum + corpus.cases.length, 0);

/** The environment every kit's tests run in: the corpus location, and no network for Go. */
export const kitEnv = { ...process.env, ERROR_CONTRACT_CORPUS: corpusDir, GOTOOLCHAIN: 'local', GOPROXY: 'off' };
