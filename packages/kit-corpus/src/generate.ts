/** Writes the corpus: one JSON file per published brand, `generated/<brand>.json`, from the brand bundles. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { brandFacts } from './brand-facts.ts';
import { casesFor, credentials } from './cases.ts';
import type { Corpus } from './format.ts';

export const corpusDir = fileURLToPath(new URL('../generated/', import.meta.url));

export function generateCorpora(brands: readonly string[] = publishedBrands()): Corpus[] {
  const facts = brands.map((brand) => brandFacts(brand, loadBundle(brand)));
  const everyIdentifier = [...new Set(facts.flatMap((brand) => brand.identifiers.map((entry) => entry.identifier)))];
  return facts.map((brand) => {
    const cases = casesFor(brand, everyIdentifier);
    const names = new Set(cases.map((entry) => entry.name));
    if (names.size !== cases.length) throw new Error(`${brand.brand}: two corpus cases share a name.`);
    return { brand: brand.brand, requestIdHeader: brand.requestIdHeader, credentials: { ...credentials }, cases };
  });
}

/** One case per line, so that a change to the spec shows as a readable diff of the corpus. */
export function renderCorpus(corpus: Corpus): string {
  const { cases, ...head } = corpus;
  const lines = cases.map((entry, index) => `    ${JSON.stringify(entry)}${index < cases.length - 1 ? ',' : ''}`);
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, ',');
  return `${headText}\n  "cases": [\n${lines.join('\n')}\n  ]\n}\n`;
}

/** Replaces the contents of `outDir` with freshly generated corpora. */
export function writeCorpora(outDir = corpusDir): string[] {
  const files = generateCorpora().map((corpus) => [`${corpus.brand}.json`, renderCorpus(corpus)] as const);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(outDir, name), content);
  return files.map(([name]) => name);
}

export function listCorpusFiles(dir = corpusDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}
