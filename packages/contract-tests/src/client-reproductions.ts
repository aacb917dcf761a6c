/**
 * Each standard API error's reproduction as the generated client plays it against the sandbox, from the reproduction
 * declaration (spec/reproductions): per identifier, the reproduction of its first cell in the brand's matrix, played
 * by the seeded partner of its credential role. `contract:verify` runs every cell; here the client is under test.
 */
import { type ApiCredentials, seededCredentials } from '@error-contract/spec/local-sandbox';
import { type Cell, matrixOf, type ResolvedRequest } from '@error-contract/spec/reproductions';
import { brand, type LooseClient } from './brands.ts';
import { callOperation } from './client-calls.ts';

/** What a client never sends on its own: the fetch it is given rewrites its request. */
export interface RequestRewrite {
  method?: string;
  /** The raw body bytes; null sends none. */
  body?: string | Uint8Array | null;
  headers?: Readonly<Record<string, string>>;
}

/** A cell's reproduction as calls of the generated client. */
export interface ClientReproduction {
  /** The reproduction's summary, for messages. */
  summary: string;
  operationId: string;
  body: unknown;
  partner: ApiCredentials;
  /** Calls the same partner makes first, e.g. spending its token quota. */
  before?: (client: LooseClient) => Promise<unknown>;
  rewrite?: RequestRewrite;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function partnerOf(request: ResolvedRequest): ApiCredentials {
  const partner = seededCredentials(request.role);
  if (!partner) throw new Error(`The sandbox seeds no partner for the role ${request.role} a reproduction needs.`);
  return partner;
}

function rewriteOf(request: ResolvedRequest): RequestRewrite | undefined {
  const rewrite: { -readonly [Key in keyof RequestRewrite]: RequestRewrite[Key] } = {};
  if (request.method.toLowerCase() !== request.operation.method) rewrite.method = request.method;
  if (Object.keys(request.headers).length > 0) rewrite.headers = request.headers;
  if (request.body.kind === 'none') rewrite.body = null;
  if (request.body.kind === 'raw') {
    const { bytes } = request.body;
    // UTF-8 text travels as a string (Prism's proxy reads it as text); other bytes as they are.
    try {
      rewrite.body = utf8.decode(bytes);
    } catch {
      rewrite.body = bytes;
    }
  }
  return Object.keys(rewrite).length > 0 ? rewrite : undefined;
}

function clientReproductionOf(cell: Cell): ClientReproduction | undefined {
  const reproduction = cell.reproduction;
  if (!reproduction) return undefined;
  const { request } = reproduction;
  const partner = partnerOf(request);
  for (const step of reproduction.before) {
    if (step.request.role !== request.role) throw new Error(`${cell.identifier}: a first step as another partner.`);
  }
  const before =
    reproduction.before.length > 0
      ? async (client: LooseClient) => {
          for (const step of reproduction.before) {
            const body = step.request.body.kind === 'json' ? step.request.body.value : undefined;
            await callOperation(client, step.request.operation.operationId, body);
          }
        }
      : undefined;
  return {
    summary: reproduction.summary,
    operationId: cell.operationId,
    body: request.body.kind === 'json' ? request.body.value : {},
    partner,
    before,
    rewrite: rewriteOf(request),
  };
}

/** Identifier → the reproduction of its first cell in the brand's matrix; one without a reproduction is absent. */
export function clientReproductionsOf(brandId: string): Readonly<Record<string, ClientReproduction>> {
  const reproductions: Record<string, ClientReproduction> = {};
  for (const cell of matrixOf(brand(brandId).bundle).cells) {
    if (reproductions[cell.identifier]) continue;
    const reproduction = clientReproductionOf(cell);
    if (reproduction) reproductions[cell.identifier] = reproduction;
  }
  return reproductions;
}
