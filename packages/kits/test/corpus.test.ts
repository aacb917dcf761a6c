import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limits, MAX_BODY_BYTES, TEXT_LIMIT } from '@error-contract/client/codegen';
import { catalogOf } from '@error-contract/spec/catalog';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bodyBytes,
  type Corpus,
  corpusDir,
  generateCorpora,
  listCorpusFiles,
  writeCorpora,
} from '../codegen/corpus.ts';

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

async function generateInto(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'kits-corpus-'));
  outDirs.push(outDir);
  await writeCorpora(outDir);
  return outDir;
}

it('regenerating from the bundles gives the committed corpus, byte for byte', async () => {
  const outDir = await generateInto();
  expect(listCorpusFiles(outDir)).toEqual(listCorpusFiles());
  for (const name of listCorpusFiles(outDir)) {
    const fresh = readFileSync(join(outDir, name));
    expect(fresh.equals(readFileSync(join(corpusDir, name))), `${name} differs: run \`pnpm generate\``).toBe(true);
  }
});

// The build regenerates the corpus before the tests run, so compare with the committed blobs in CI.
it.runIf(process.env.CI === 'true')('matches the committed corpus byte for byte (CI)', async () => {
  const outDir = await generateInto();
  for (const name of listCorpusFiles(outDir)) {
    const committed = execFileSync('git', ['show', `HEAD:./generated/${name}`], { cwd: join(corpusDir, '..') });
    expect(readFileSync(join(outDir, name)).equals(committed), `${name} is not committed as generated`).toBe(true);
  }
});

it('writes one corpus per published brand', () => {
  expect(listCorpusFiles()).toEqual(
    publishedBrands()
      .map((brand) => `${brand}.json`)
      .sort(),
  );
});

describe.each(await generateCorpora())('$brand corpus', (corpus: Corpus) => {
  const catalog = catalogOf(loadBundle(corpus.brand));

  it('has a standard API error case for every identifier of the brand, from the spec example', () => {
    for (const entry of catalog) {
      const found = corpus.cases.find(
        (entryCase) =>
          entryCase.want.kind === 'api-error' &&
          entryCase.want.identifier === entry.identifier &&
          entryCase.want.message === entry.example.message,
      );
      expect(found, entry.identifier).toBeDefined();
    }
  });

  it('names a known identifier only in standard API errors, and an unknown one only in unknown API errors', () => {
    const known = new Set(catalog.map((entry) => entry.identifier));
    for (const { name, want } of corpus.cases) {
      if (want.kind === 'api-error') expect(known.has(want.identifier), name).toBe(true);
      if (want.kind === 'unknown-api-error') expect(known.has(want.identifier), name).toBe(false);
    }
  });

  it('covers every unexpected reason and never shows a form of a secret in what it expects', () => {
    const reasons = new Set(
      corpus.cases.flatMap(({ want }) => (want.kind === 'unexpected-response' ? [want.reason] : [])),
    );
    expect([...reasons].sort()).toEqual(['empty-body', 'not-json', 'too-large', 'wrong-shape']);
    for (const { name, credentials, want } of corpus.cases) {
      const shown = JSON.stringify(want);
      for (const probe of corpus.credentials[credentials]?.leakProbes ?? ['(no credentials)']) {
        expect(shown.includes(probe), `${name} shows ${probe}`).toBe(false);
      }
    }
  });

  it('answers with each of its credentials, and shows each one echoed in a case', () => {
    const used = new Set(corpus.cases.map(({ credentials }) => credentials));
    expect([...used].sort()).toEqual(Object.keys(corpus.credentials).sort());
    for (const name of used) {
      const echoing = corpus.cases.filter(
        ({ credentials, want }) => credentials === name && JSON.stringify(want).includes('***'),
      );
      expect(echoing.length, name).toBeGreaterThan(0);
    }
  });

  it('holds the limits of the one home, and cases at and past each', () => {
    expect(corpus.limits).toEqual(Object.fromEntries(limits.map(({ name, value }) => [name, value])));
    const sizes = corpus.cases.map(({ reply }) => bodyBytes(reply).length);
    expect(sizes).toContain(MAX_BODY_BYTES);
    expect(sizes).toContain(MAX_BODY_BYTES + 1);
    expect(corpus.secretChecks.map(({ accepted }) => accepted)).toContain(true);
    expect(corpus.secretChecks.map(({ accepted }) => accepted)).toContain(false);
    for (const { want } of corpus.cases) expect(want.body.length).toBeLessThanOrEqual(TEXT_LIMIT);
  });

  it('holds replies a client can be given: error statuses, bodies that decode, one huge body at least', () => {
    const sizes = corpus.cases.map(({ reply }) => bodyBytes(reply).length);
    for (const { name, reply } of corpus.cases) expect(reply.status, name).toBeGreaterThanOrEqual(300);
    expect(Math.max(...sizes)).toBeGreaterThan(800_000);
  });
});
