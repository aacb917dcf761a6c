/**
 * Test doubles: the reply the contract documents for each operation × identifier its catalog allows (the cells of
 * the spec's `matrixOf`), and the brand modules of the client's `/testing` and `/testing/msw` entry points. The kits'
 * generator renders the same replies in Python, Go and PHP, and the corpus holds each as one of its cases.
 */
import {
  type BrandBundle,
  errorResponseOf,
  jsonMediaType,
  operationsOf,
  requestIdHeaderOf,
  resolveRef,
} from '@error-contract/spec/bundle';
import { canReturn, catalogOf } from '@error-contract/spec/catalog';
import { key, str } from './literal.ts';

/** The request id every double answers with, and every corpus reply that carries one. */
export const DOUBLE_REQUEST_ID = '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13';

/** The status of the standard error response, the one `errorResponseOf` reads. */
const ERROR_STATUS = 400;

export interface DocumentedReply {
  operationId: string;
  /** Upper case, as on the wire. */
  method: string;
  path: string;
  identifier: string;
  status: number;
  /** Header name and value pairs, in order: the content type, then the request id. */
  headers: Array<[string, string]>;
  /** The operation's named example of the identifier, as JSON text. */
  body: string;
}

/**
 * One reply per cell of the brand's matrix (an operation × an identifier its catalog entry allows, as `matrixOf`
 * pairs them), in its order: by operation, then catalog order. Walks operations and catalog once; the matrix's
 * reproductions, which a reply does not need, are not resolved.
 */
export function documentedReplies(bundle: BrandBundle): DocumentedReply[] {
  const requestIdHeader = requestIdHeaderOf(bundle);
  const catalog = catalogOf(bundle);
  return operationsOf(bundle).flatMap((operation) => {
    const entries = catalog.filter((entry) => canReturn(entry, operation.operationId));
    if (entries.length === 0) return [];
    const examples = errorResponseOf(bundle, operation).content?.[jsonMediaType]?.examples ?? {};
    return entries.map(({ identifier }): DocumentedReply => {
      const example = resolveRef(bundle, examples[identifier] as { value?: unknown } | undefined)?.value;
      if (typeof example !== 'object' || example === null) {
        throw new Error(`${operation.operationId}: its ${ERROR_STATUS} response has no example named ${identifier}.`);
      }
      return {
        operationId: operation.operationId,
        method: operation.method.toUpperCase(),
        path: operation.path,
        identifier,
        status: ERROR_STATUS,
        headers: [
          ['Content-Type', jsonMediaType],
          [requestIdHeader, DOUBLE_REQUEST_ID],
        ],
        body: JSON.stringify(example),
      };
    });
  });
}

/** The replies grouped by operation, each operation's in catalog order. */
export function repliesByOperation(bundle: BrandBundle): Map<string, DocumentedReply[]> {
  const byOperation = new Map<string, DocumentedReply[]>();
  for (const reply of documentedReplies(bundle)) {
    const replies = byOperation.get(reply.operationId);
    if (replies) replies.push(reply);
    else byOperation.set(reply.operationId, [reply]);
  }
  return byOperation;
}

/**
 * `<brand>/testing.ts`: the documented replies as data, with the fetch stub; no dependency. The replies' type is
 * written out (`DocumentedReplies`), not inferred from the table: a build with `--noCheck` emits declarations without
 * a checker, and an inferred type of the whole table grows with operations × identifiers past what tsc serializes.
 */
export function renderTestingModule(bundle: BrandBundle): string {
  const byOperation = [...repliesByOperation(bundle)];
  const operations = byOperation.map(([operationId, replies]) => {
    const [first] = replies as [DocumentedReply];
    const examples = replies.map((reply) => `      ${key(reply.identifier)}: ${reply.body},`);
    return `  ${key(operationId)}: {
    method: ${str(first.method)},
    path: ${str(first.path)},
    status: ${first.status},
    headers: ${JSON.stringify(first.headers)},
    examples: {
${examples.join('\n')}
    },
  },`;
  });
  const types = byOperation.map(
    ([operationId, replies]) =>
      `  readonly ${key(operationId)}: OperationReplies<${replies.map((reply) => str(reply.identifier)).join(' | ')}>;`,
  );
  return `/**
 * Test doubles of the brand's standard API errors: \`replies.<operation>.<IDENTIFIER>()\` is the reply the contract
 * documents (status, headers, the identifier's example body; \`{ message }\` overrides its message), and
 * \`fetchStub(...replies)\` a \`fetch\` that answers with them. An operation offers only the identifiers it can return.
 */
import type { ErrorIdentifier } from "./catalog.ts";
import type { operations } from "./openapi.ts";
import { type DocumentedOperation, type OperationReplies, repliesOf } from "../../testing.ts";

export { type ErrorReply, fetchStub, type ReplyOptions, toResponse } from "../../testing.ts";

/** Each operation's replies, by the identifiers it can return (a type, not an interface: \`handlersOf\` indexes it). */
export type DocumentedReplies = {
${types.join('\n')}
};

const documented = {
${operations.join('\n')}
} as const;

/** Each operation's documented replies, by identifier. */
export const replies: DocumentedReplies = /* @__PURE__ */ repliesOf(
  documented satisfies { [Op in keyof operations]?: DocumentedOperation<ErrorIdentifier> },
);
`;
}

/** `<brand>/testing-msw.ts`: the replies as MSW request handlers, at the brand's server unless told otherwise. */
export function renderMswModule(): string {
  return `/**
 * MSW request handlers of the brand's standard API errors: \`server.use(handlers.<operation>.<IDENTIFIER>())\`
 * answers the operation with the documented reply. Needs \`msw\` (v2), an optional peer dependency.
 */
import { type Handlers, handlersOf } from "../../testing-msw.ts";
import { brand } from "./brand.ts";
import { type DocumentedReplies, replies } from "./testing.ts";

export type { HandlerOptions } from "../../testing-msw.ts";

/** Each operation's handlers, by identifier; \`{ baseUrl }\` when the client under test is not at the brand's server. */
export const handlers: Handlers<DocumentedReplies> = /* @__PURE__ */ handlersOf(replies, brand.baseUrl);
`;
}
