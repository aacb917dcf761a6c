/**
 * The shared corpus, one JSON file per brand (`corpus/generated/<brand>.json`): HTTP replies and the one outcome each
 * must be classified as, generated from the brand bundles. Plain JSON on purpose, so that every language reads it
 * with its standard library.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { limits, loadMasking } from '@error-contract/client/codegen';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { brandFacts } from './brand.ts';
import { casesFor, credentialSets, secretChecks } from './corpus-cases.ts';

/** A piece of a body. `text` is UTF-8, repeated `repeat` times (default 1); `base64` is raw bytes. */
export type BodyPart = { text: string; repeat?: number } | { base64: string };

export interface CorpusReply {
  status: number;
  /** Header name and value pairs, in order. */
  headers: Array<[string, string]>;
  /** The body bytes are the parts concatenated; no part means an empty body. */
  body: BodyPart[];
}

/**
 * What a reply is classified as, with the fields every language reports the same way. `body` is the body's text as
 * it came, masked and cut. `null` means absent. Texts are compared as well-formed Unicode: a lone surrogate (which
 * only JavaScript strings can hold) is U+FFFD.
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
      body: string;
    }
  | {
      kind: 'unknown-api-error';
      status: number;
      identifier: string;
      message: string;
      requestId: string | null;
      body: string;
    }
  | {
      kind: 'unexpected-response';
      status: number;
      reason: 'empty-body' | 'not-json' | 'wrong-shape' | 'too-large';
      contentType: string | null;
      requestId: string | null;
      body: string;
    };

export interface CorpusCase {
  /** Unique within the brand's file; says what the reply is. */
  name: string;
  /** The name of the credentials (in the corpus's `credentials`) of the request the reply answers. */
  credentials: string;
  reply: CorpusReply;
  want: Outcome;
}

/**
 * HTTP Basic credentials, and what no output may contain when a reply answers a request made with them: each form of
 * the credential (the secret, the Basic value in UTF-8 and Latin-1, the base64 of the secret alone) in each encoding
 * a server may echo it in (as it is, JSON-escaped once or twice, `\uXXXX`, percent-encoded), its first 64 characters.
 */
export interface CorpusCredentials {
  apiKey: string;
  apiSecret: string;
  leakProbes: string[];
}

export interface Corpus {
  brand: string;
  /** The response header that carries the request id. */
  requestIdHeader: string;
  /** Every limit of `packages/client/codegen/limits.ts`, by its constant's name: each runtime's constants must equal them. */
  limits: Record<string, number>;
  /** The credentials the cases name. Secrets to mask are derived from them as each runtime does. */
  credentials: Record<string, CorpusCredentials>;
  /** API secrets with whether each runtime accepts them (`MIN_SECRET_LENGTH` code points) or refuses them. */
  secretChecks: Array<{ apiSecret: string; accepted: boolean }>;
  cases: CorpusCase[];
}

/** The body bytes of a reply. */
export function bodyBytes(reply: CorpusReply): Uint8Array {
  const parts = reply.body.map((part) =>
    'base64' in part ? Buffer.from(part.base64, 'base64') : Buffer.from(part.text.repeat(part.repeat ?? 1), 'utf8'),
  );
  return new Uint8Array(Buffer.concat(parts));
}

export const corpusDir = fileURLToPath(new URL('../corpus/generated/', import.meta.url));

export async function generateCorpora(brands: readonly string[] = publishedBrands()): Promise<Corpus[]> {
  const masking = await loadMasking();
  const facts = brands.map((brand) => brandFacts(brand, loadBundle(brand)));
  const everyIdentifier = [...new Set(facts.flatMap((brand) => brand.identifiers.map((entry) => entry.identifier)))];
  return facts.map((brand) => {
    const cases = casesFor(brand, everyIdentifier, masking);
    const names = new Set(cases.map((entry) => entry.name));
    if (names.size !== cases.length) throw new Error(`${brand.brand}: two corpus cases share a name.`);
    return {
      brand: brand.brand,
      requestIdHeader: brand.requestIdHeader,
      limits: Object.fromEntries(limits.map(({ name, value }) => [name, value])),
      credentials: credentialSets(),
      secretChecks,
      cases,
    };
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
export async function writeCorpora(outDir = corpusDir): Promise<string[]> {
  const files = (await generateCorpora()).map((corpus) => [`${corpus.brand}.json`, renderCorpus(corpus)] as const);
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
