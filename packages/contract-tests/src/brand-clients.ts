/** The generated client of each brand, as the contract tests drive it: one loose shape for both brands. */
import type { CallOptions, ClientOptions, Result } from '@error-contract/client/idenfy';
import { createIdenfyClient, idenfyErrorCatalog, idenfyErrorIdentifiers } from '@error-contract/client/idenfy';
import { createMarkIdClient, markIdErrorCatalog, markIdErrorIdentifiers } from '@error-contract/client/markid';

/** A client whose methods take any body: the recipes build bodies per operationId, for both brands at once. */
export type LooseClient = Readonly<
  Record<string, (body: unknown, options?: CallOptions) => Promise<Result<unknown, string>>>
>;

export interface BrandClient {
  /** The entry point a partner imports. */
  module: string;
  /** The exported union of the brand's identifiers. */
  unionType: string;
  /** The exported runtime list of the brand's identifiers. */
  identifiers: readonly string[];
  catalog: Readonly<Record<string, { docsUrl: string }>>;
  create(options: ClientOptions): LooseClient;
}

export const brandClients: Readonly<Record<string, BrandClient>> = {
  idenfy: {
    module: '@error-contract/client/idenfy',
    unionType: 'IdenfyErrorIdentifier',
    identifiers: idenfyErrorIdentifiers,
    catalog: idenfyErrorCatalog,
    create: (options) => createIdenfyClient(options) as unknown as LooseClient,
  },
  markid: {
    module: '@error-contract/client/markid',
    unionType: 'MarkIdErrorIdentifier',
    identifiers: markIdErrorIdentifiers,
    catalog: markIdErrorCatalog,
    create: (options) => createMarkIdClient(options) as unknown as LooseClient,
  },
};

export function brandClient(brand: string): BrandClient {
  const client = brandClients[brand];
  if (!client) throw new Error(`${brand}: no generated client in src/brand-clients.ts.`);
  return client;
}
