/**
 * What the tests know of each published brand: its built bundle (spec/dist) read once, and its generated client as a
 * partner imports it, from the package's public entry point.
 */
import type { CallOptions, ClientOptions, Result } from '@error-contract/client/idenfy';
import { createIdenfyClient } from '@error-contract/client/idenfy';
import { createMarkIdClient } from '@error-contract/client/markid';
import { publishedBrands } from '@error-contract/spec/brands';
import { type BrandBundle, type CatalogEntry, catalogOf, loadBundle, operationsOf } from '@error-contract/spec/catalog';
import { type BundleValidator, createBundleValidator, pointerSegment } from '@error-contract/spec/validator';

/** A client whose methods take any body: the tests build bodies per operationId, for both brands at once. */
export type LooseClient = Readonly<
  Record<string, (body: unknown, options?: CallOptions) => Promise<Result<unknown, string>>>
>;

const clientFactories: Readonly<Record<string, (options: ClientOptions) => LooseClient>> = {
  idenfy: (options) => createIdenfyClient(options) as unknown as LooseClient,
  markid: (options) => createMarkIdClient(options) as unknown as LooseClient,
};

export const brands = publishedBrands();

export interface Brand {
  id: string;
  bundle: BrandBundle;
  catalog: CatalogEntry[];
  /** `components.schemas.ErrorIdentifier.enum`. */
  identifiers: string[];
  validator: BundleValidator;
  createClient(options: ClientOptions): LooseClient;
  /** The JSON pointer of an operation's 400 schema, for `validator.validate`. */
  errorSchemaOf(operationId: string): string;
  /** The names of the examples an operation declares on its 400: the identifiers it can return. */
  declaredErrorsOf(operationId: string): string[];
}

interface ErrorResponseObject {
  content?: { 'application/json'?: { examples?: Record<string, unknown> } };
}

const loaded = new Map<string, Brand>();

export function brand(id: string): Brand {
  const known = loaded.get(id);
  if (known) return known;
  const createClient = clientFactories[id];
  if (!createClient) throw new Error(`${id}: a published brand without a generated client in src/brands.ts.`);
  const bundle = loadBundle(id);
  const operation = (operationId: string) => {
    const found = operationsOf(bundle).find((candidate) => candidate.operationId === operationId);
    if (!found) throw new Error(`${id}: no operation ${operationId} in the bundle.`);
    return found;
  };
  const loadedBrand: Brand = {
    id,
    bundle,
    catalog: catalogOf(bundle),
    identifiers: bundle.components.schemas.ErrorIdentifier?.enum ?? [],
    validator: createBundleValidator(bundle),
    createClient,
    errorSchemaOf(operationId) {
      const { path, method } = operation(operationId);
      return `#/paths/${pointerSegment(path)}/${method}/responses/400/content/application~1json/schema`;
    },
    declaredErrorsOf(operationId) {
      const response = operation(operationId).responses['400'] as ErrorResponseObject | undefined;
      return Object.keys(response?.content?.['application/json']?.examples ?? {});
    },
  };
  loaded.set(id, loadedBrand);
  return loadedBrand;
}
