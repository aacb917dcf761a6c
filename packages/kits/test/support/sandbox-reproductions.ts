/**
 * One real request per identifier per brand, as raw HTTP a kit's example sends to the sandbox: the reproduction of
 * the identifier's first cell in the brand's matrix (spec/reproductions), as the seeded partner of its role.
 */

import type { BrandBundle } from '@error-contract/spec/bundle';
import { seededCredentials } from '@error-contract/spec/local-sandbox';
import { matrixOf, type ResolvedRequest } from '@error-contract/spec/reproductions';

export interface RawRequest {
  method: string;
  /** Under the sandbox origin: `/<brand>/api/v2/…`. */
  path: string;
  headers: Record<string, string>;
  /** Base64 of the body bytes ('' for none). */
  body: string;
}

export interface SandboxReproduction {
  brand: string;
  identifier: string;
  /** What the reproduction is, for messages. */
  summary: string;
  apiKey: string;
  apiSecret: string;
  /** Requests the same partner sends first (e.g. spending its token quota); their replies do not matter. */
  before: RawRequest[];
  request: RawRequest;
}

function rawRequest(brand: string, request: ResolvedRequest): RawRequest {
  const partner = seededCredentials(request.role);
  if (request.role !== 'none' && !partner)
    throw new Error(`The sandbox seeds no partner for the role ${request.role}.`);
  const { body } = request;
  const bytes =
    body.kind === 'json'
      ? Buffer.from(JSON.stringify(body.value))
      : body.kind === 'raw'
        ? Buffer.from(body.bytes)
        : Buffer.alloc(0);
  return {
    method: request.method,
    path: `/${brand}${request.operation.path}`,
    headers: {
      ...(partner
        ? { Authorization: `Basic ${Buffer.from(`${partner.apiKey}:${partner.apiSecret}`).toString('base64')}` }
        : {}),
      ...(bytes.length > 0 ? { 'Content-Type': 'application/json' } : {}),
      ...request.headers,
    },
    body: bytes.toString('base64'),
  };
}

/** A reproduction per identifier of the brand's catalog; an identifier without a reproduction is an error. */
export async function sandboxReproductionsFor(brand: string, bundle: BrandBundle): Promise<SandboxReproduction[]> {
  const reproductions = new Map<string, SandboxReproduction>();
  for (const cell of matrixOf(bundle).cells) {
    if (reproductions.has(cell.identifier)) continue;
    const reproduction = cell.reproduction;
    if (!reproduction) throw new Error(`${brand}: no reproduction of ${cell.identifier} in spec/reproductions.`);
    const partner = seededCredentials(reproduction.request.role);
    reproductions.set(cell.identifier, {
      brand,
      identifier: cell.identifier,
      summary: reproduction.summary,
      apiKey: partner?.apiKey ?? '',
      apiSecret: partner?.apiSecret ?? '',
      before: reproduction.before.map((step) => rawRequest(brand, step.request)),
      request: rawRequest(brand, reproduction.request),
    });
  }
  return [...reproductions.values()];
}
