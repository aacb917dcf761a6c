/** Where the shared corpus is, and how many cases it holds. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Corpus } from '@error-contract/kit-corpus/format';

export const corpusDir = join(
  dirname(createRequire(import.meta.url).resolve('@error-contract/kit-corpus/package.json')),
  'generated',
);

export const corpora: Corpus[] = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(corpusDir, name), 'utf8')) as Corpus);

export const corpusSize = corpora.reduce((sum, corpus) => sum + corpus.cases.length, 0);

/** The environment every kit's tests run in: the corpus location, and no network for Go. */
export const kitEnv = { ...process.env, ERROR_CONTRACT_CORPUS: corpusDir, GOTOOLCHAIN: 'local', GOPROXY: 'off' };
