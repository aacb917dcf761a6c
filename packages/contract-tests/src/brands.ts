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

/** A published brand as the tests see it: its bundle and what they read of it, and its client's factory. */
export interface BrandUnderTest {
  id: string;
  bundle: BrandBundle;
  catalog: CatalogEntry[];
  /** The catalog's identifiers, in catalog order: the bundle's `ErrorIdentifier` enum. */
  identifiers: string[];
  validator: BundleValidator;
  createClient(options: ClientOptions): LooseClient;
  /** The JSON pointer of an operation's 400 schema, for `validator.validate`. */
  errorSchemaOf(operationId: string): string;
  /** The names of the examples an operation declares on its 400: the identifiers it can return. */
  declaredErrorsOf(operationId: string): string[];
}

const loaded = new Map<string, BrandUnderTest>();

export function brand(id: string): BrandUnderTest {
  const known = loaded.get(id);
  if (known) return known;
  const createClient = clientFactories.get(id);
  if (typeof createClient !== 'function') throw new Error(`${id}: its client entry point has no factory.`);
  const bundle = loadBundle(id);
  const operation = (operationId: string) => operationById(bundle, operationId);
  const catalog = catalogOf(bundle);
  const loadedBrand: BrandUnderTest = {
    id,
    bundle,
    catalog,
    identifiers: catalog.map((entry) => entry.identifier),
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
