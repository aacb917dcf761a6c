/**
 * The generated clients pointed at a test sandbox, for the requests a partner's code sends. Every response they
 * receive is checked against the brand's spec on its way in.
 */
import type { ClientOptions, IdenfyClient } from '@error-contract/client/idenfy';
import { type ApiCredentials, type CredentialRole, roles } from '@error-contract/spec/local-sandbox';
import { declaredBrands } from '@error-contract/spec/workspace';
import { expect } from 'vitest';
import { contractOf } from './contract.ts';
import type { TestSandbox } from './sandbox.ts';

/**
 * A brand's generated client whose every response is checked against the brand's spec. Every brand's client has the
 * operations of the one spec, so iDenfy's client type stands for all of them.
 */
export type CheckedClient = IdenfyClient;

/** Each brand's client factory, imported from the entry point its declaration names, as a partner would. */
const factories = new Map(
  await Promise.all(
    declaredBrands().map(
      async ({ id, clientModule, clientFactory }) =>
        [id, (await import(clientModule))[clientFactory] as (options: ClientOptions) => CheckedClient] as const,
    ),
  ),
);

export interface ClientSettings {
  /** Whose credentials the client sends: a seeded partner's role (default `partner`), or a key pair of its own. */
  as?: CredentialRole | ApiCredentials;
  /** Extra request headers, e.g. the sandbox's fault switch. */
  headers?: Record<string, string>;
}

export function checkedClientFor(sandbox: TestSandbox, brand: string, settings: ClientSettings = {}): CheckedClient {
  const factory = factories.get(brand);
  if (!factory) throw new Error(`No generated client for the brand ${brand}.`);
  const { as = 'partner', headers = {} } = settings;
  const credentials = typeof as === 'string' ? roles[as].seeded : as;
  const checkedFetch = async (request: Request, init: { signal: AbortSignal }) => {
    for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
    const response = await fetch(request, init);
    const apiPath = new URL(request.url).pathname.slice(`/${brand}`.length);
    const reply = {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      text: await response.clone().text(),
    };
    expect(contractOf(brand).problemsOf(request.method, apiPath, reply)).toEqual([]);
    return response;
  };
  return factory({ ...credentials, baseUrl: sandbox.current.brandUrl(brand), fetch: checkedFetch, maxRetries: 0 });
}
