/**
 * The shared corpus, one JSON file per brand (`corpus/generated/<brand>.json`): HTTP replies and the one outcome each
 * must be classified as, generated from the brand bundles. Plain JSON on purpose, so that every language reads it
 * with its standard library.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentedReplies, limits, loadMasking } from '@error-contract/client/codegen';
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

/**
 * A test double of every language (the reply the contract documents for an operation and an identifier it allows):
 * which operation and identifier to ask the language's doubles for, and the case whose reply it is, so that each
 * double classifies as that case's `want`.
 */
export interface CorpusDouble {
  operation: string;
  method: string;
  path: string;
  identifier: string;
  /** The `name` of the case whose reply is the double's, byte for byte. */
  case: string;
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
  /** One per operation × identifier the brand's catalog allows. */
  doubles: CorpusDouble[];
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

/**
 * Each documented reply of the brand (the client's `documentedReplies`, which every language's doubles serve) as the
 * case whose reply it is; a double that is no case stops the generation, so doubles and corpus cannot drift apart.
 */
function doublesOf(brand: string, cases: readonly CorpusCase[]): CorpusDouble[] {
  const byReply = new Map(cases.map((entry) => [JSON.stringify(entry.reply), entry.name]));
  return documentedReplies(loadBundle(brand)).map(
    ({ operationId, method, path, identifier, status, headers, body }) => {
      const name = byReply.get(JSON.stringify({ status, headers, body: [{ text: body }] }));
      if (!name) throw new Error(`${brand}: the double of ${operationId} ${identifier} is no corpus case's reply.`);
      return { operation: operationId, method, path, identifier, case: name };
    },
  );
}

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
      doubles: doublesOf(brand.brand, cases),
      cases,
    };
  });
}

/** One double and one case per line, so that a change to the spec shows as a readable diff of the corpus. */
export function renderCorpus(corpus: Corpus): string {
  const { doubles, cases, ...head } = corpus;
  const list = (items: readonly unknown[]) =>
    items.map((item, index) => `    ${JSON.stringify(item)}${index < items.length - 1 ? ',' : ''}`).join('\n');
  const headText = JSON.stringify(head, null, 2).replace(/\n}$/, ',');
  return `${headText}\n  "doubles": [\n${list(doubles)}\n  ],\n  "cases": [\n${list(cases)}\n  ]\n}\n`;
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
