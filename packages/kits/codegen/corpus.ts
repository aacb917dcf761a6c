/**
 * The shared corpus, one JSON file per brand (`corpus/generated/<brand>.json`): HTTP replies and the one outcome each
 * must be classified as, generated from the brand bundles. Plain JSON on purpose, so that every language reads it
 * with its standard library.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { brandFacts } from './brand.ts';
import { casesFor, credentials } from './corpus-cases.ts';

/** A piece of a body. `text` is UTF-8, repeated `repeat` times (default 1); `base64` is raw bytes. */
export type BodyPart = { text: string; repeat?: number } | { base64: string };

export interface Reply {
  status: number;
  /** Header name and value pairs, in order. */
  headers: Array<[string, string]>;
  /** The body bytes are the parts concatenated; no part means an empty body. */
  body: BodyPart[];
}

/**
 * What a reply is classified as. Only fields every language reports the same way are compared: the kept body text
 * is not (the TypeScript client keeps a JSON body re-serialised, the kits keep it as it came). `null` means absent.
 * Texts are compared as well-formed Unicode: a lone surrogate (which only JavaScript strings can hold) is U+FFFD.
 */
export type Outcome =
  | {
      kind: 'api-error';
      status: number;
      identifier: string;
      message: string;
      explanation: string;
      retryable: boolean;
      docsUrl: string;
      requestId: string | null;
    }
  | { kind: 'unknown-api-error'; status: number; identifier: string; message: string; requestId: string | null }
  | {
      kind: 'unexpected-response';
      status: number;
      reason: 'empty-body' | 'not-json' | 'wrong-shape';
      contentType: string | null;
      requestId: string | null;
    };

export interface CorpusCase {
  /** Unique within the brand's file; says what the reply is. */
  name: string;
  reply: Reply;
  want: Outcome;
}

export interface Corpus {
  brand: string;
  /** The response header that carries the request id. */
  requestIdHeader: string;
  /**
   * The HTTP Basic credentials of the request every reply answers. Secrets to mask are derived from them as the
   * TypeScript client does: the API secret and the base64 token of `apiKey:apiSecret`, each replaced by `***`.
   */
  credentials: { apiKey: string; apiSecret: string };
  cases: CorpusCase[];
}

/** The body bytes of a reply. */
export function bodyBytes(reply: Reply): Uint8Array {
  const parts = reply.body.map((part) =>
    'base64' in part ? Buffer.from(part.base64, 'base64') : Buffer.from(part.text.repeat(part.repeat ?? 1), 'utf8'),
  );
  return new Uint8Array(Buffer.concat(parts));
}

export const corpusDir = fileURLToPath(new URL('../corpus/generated/', import.meta.url));

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
