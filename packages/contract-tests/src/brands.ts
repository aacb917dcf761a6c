/**
 * What the tests know of each published brand: its built bundle (spec/dist) read once, and its generated client as a
 * partner imports it, from the package's public entry point.
 */
import type { CallOptions, ClientOptions, Result } from '@error-contract/client/idenfy';
import {
  type BrandBundle,
  declaredIdentifiersOf,
  operationById,
  responseSchemaPointer,
} from '@error-contract/spec/bundle';
import { type CatalogEntry, catalogOf } from '@error-contract/spec/catalog';
import { type BundleValidator, createBundleValidator } from '@error-contract/spec/validator';
import { declaredBrands, loadBundle, publishedBrands } from '@error-contract/spec/workspace';

/** A client whose methods take any body: the tests build bodies per operationId, for both brands at once. */
export type LooseClient = Readonly<
  Record<string, (body: unknown, options?: CallOptions) => Promise<Result<unknown, string>>>
>;

type LooseFactory = (options: ClientOptions) => LooseClient;

/** Each brand's client factory, imported from the entry point its declaration names, as a partner would. */
const clientFactories = new Map<string, LooseFactory>(
  await Promise.all(
    declaredBrands().map(
      async ({ id, clientModule, clientFactory }) =>
        [id, (await import(clientModule))[clientFactory] as LooseFactory] as const,
    ),
  ),
);

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

const loaded = new Map<string, Brand>();

export function brand(id: string): Brand {
  const known = loaded.get(id);
  if (known) return known;
  const createClient = clientFactories.get(id);
  if (typeof createClient !== 'function') throw new Error(`${id}: its client entry point has no factory.`);
  const bundle = loadBundle(id);
  const operation = (operationId: string) => operationById(bundle, operationId);
  const loadedBrand: Brand = {
    id,
    bundle,
    catalog: catalogOf(bundle),
    identifiers: (bundle.components.schemas.ErrorIdentifier?.enum as string[] | undefined) ?? [],
    validator: createBundleValidator(bundle),
    createClient,
    errorSchemaOf(operationId) {
      return responseSchemaPointer(operation(operationId), '400');
    },
    declaredErrorsOf(operationId) {
      return declaredIdentifiersOf(bundle, operation(operationId));
    },
  };
  loaded.set(id, loadedBrand);
  return loadedBrand;
}
