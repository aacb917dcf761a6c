/**
 * The vendor's own documented examples of the operations ([corpus/vendor-examples](../corpus/vendor-examples/)): every
 * example request and reply of the brands' public docs, each with the page and commit it was taken from.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** A page of a brand's public docs at one commit. */
export interface DocsPage {
  brand: string;
  repository: string;
  commit: string;
  path: string;
}

export interface DocumentedRequest {
  name: string;
  /** The key of its page in sources.json. */
  source: string;
  /** Which example of the page. */
  example: string;
  /** Set when the body is the example changed as this says, to make the request a documented reply describes. */
  derived?: string;
  body: unknown;
  /** A success status, or the identifier of the standard error the docs give for it. */
  want: { status: number } | { identifier: string };
  /** The name of the documented reply of the same operation that answers it. */
  reply?: string;
}

export interface DocumentedReply {
  name: string;
  source: string;
  example: string;
  status: number;
  /** The JSON body; null for a reply the docs describe as having none. */
  body: unknown;
  /** Set, with the reason, for a documented reply the contract does not cover. */
  outsideContract?: string;
}

export interface OperationExamples {
  operationId: string;
  requests: DocumentedRequest[];
  replies: DocumentedReply[];
}

/** What the documented requests name (scanRefs, an authToken), to seed for the partner they are sent as. */
export interface DocumentedReferences {
  verifications: Array<{ scanRef: string; clientId: string; status: string }>;
  tokens: Array<{ authToken: string; scanRef: string }>;
}

const corpusDir = new URL('../corpus/vendor-examples/', import.meta.url);
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, corpusDir), 'utf8')) as T;
const shared = ['sources.json', 'references.json'];

export const docsPages = read<Record<string, DocsPage>>('sources.json');
export const documentedReferences = read<DocumentedReferences>('references.json');

/** One file per operation, named by its operationId. */
export const vendorExamples: OperationExamples[] = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.json') && !shared.includes(file))
  .map((file) => read<OperationExamples>(file));

export function pageOf(example: { source: string }): DocsPage {
  const page = docsPages[example.source];
  if (!page) throw new Error(`No page "${example.source}" in corpus/vendor-examples/sources.json.`);
  return page;
}

/** Where an example is, for a reader: `https://github.com/…/blob/<commit>/<path> (request 3 of 3)`. */
export function whereIs(example: { source: string; example: string }): string {
  const { repository, commit, path } = pageOf(example);
  return `${repository}/blob/${commit}/${path} (${example.example})`;
}
