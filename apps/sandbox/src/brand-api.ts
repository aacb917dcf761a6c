/** One brand's API as the sandbox serves it, built from the brand's bundle and the config at start-up. */
import { type BrandBundle, operationsOf, responseSchemaPointer, successResponseOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { createBundleValidator } from '@error-contract/spec/validator';
import { BrandState } from './brand-state.ts';
import type { SandboxConfig } from './config.ts';
import { CredentialCheck } from './credentials.ts';
import { handlerFactories } from './operations/index.ts';
import type { OperationHandler } from './operations/operation.ts';
import { createRequestValidators, type RequestValidator } from './request-validator.ts';
import { seedSpecExamples } from './spec-examples.ts';
import { resolveTrigger, type TriggerName, triggerNames } from './triggers.ts';

export interface OperationRoute {
  operationId: string;
  validate: RequestValidator;
  handle: OperationHandler;
  successStatus: number;
}

/** The identifier a brand returns for each trigger. */
export type IdentifierOf = Readonly<Record<TriggerName, string>>;

export interface BrandApi {
  brand: string;
  /** The identifier this brand returns for each trigger. */
  identifierOf: IdentifierOf;
  /** The message of the catalog's example for an identifier: what a failure with no message of its own says. */
  exampleMessageOf(identifier: string): string;
  credentials: CredentialCheck;
  /** API path (`/api/v2/token`) → upper-case method → operation. */
  paths: ReadonlyMap<string, ReadonlyMap<string, OperationRoute>>;
  state: BrandState;
}

export function createBrandApi(brand: string, bundle: BrandBundle, config: SandboxConfig): BrandApi {
  const catalog = catalogOf(bundle);
  const identifierOf = identifiersByTrigger(brand, new Set(catalog.map(({ identifier }) => identifier)));
  const state = new BrandState(config);
  if (config.specExamplesFor) seedSpecExamples(bundle, state, config.specExamplesFor);
  const validatorFor = createRequestValidators(bundle);
  const paths = new Map<string, Map<string, OperationRoute>>();
  for (const operation of operationsOf(bundle)) {
    const factory = handlerFactories[operation.operationId];
    if (!factory) throw new Error(`${brand}: the sandbox has no handler for operation ${operation.operationId}.`);
    const methods = paths.get(operation.path) ?? new Map<string, OperationRoute>();
    methods.set(operation.method.toUpperCase(), {
      operationId: operation.operationId,
      validate: validatorFor(operation),
      handle: factory(bundle, state, operation),
      successStatus: successResponseOf(bundle, operation).status,
    });
    paths.set(operation.path, methods);
  }
  const api: BrandApi = {
    brand,
    identifierOf,
    exampleMessageOf: (identifier) =>
      catalog.find((entry) => entry.identifier === identifier)?.example.message ?? identifier,
    credentials: new CredentialCheck(config.partners),
    paths,
    state,
  };
  checkSeededReads(bundle, api);
  return api;
}

function identifiersByTrigger(brand: string, catalogIdentifiers: ReadonlySet<string>): IdentifierOf {
  const entries = triggerNames.map((name) => {
    const identifier = resolveTrigger(name, catalogIdentifiers);
    if (!identifier) throw new Error(`${brand}: the catalog has no identifier for the sandbox trigger "${name}".`);
    return [name, identifier] as const;
  });
  return Object.fromEntries(entries) as IdentifierOf;
}

/** Seeded verifications come from a hand-written file: what reading them returns must match the brand's spec. */
function checkSeededReads(bundle: BrandBundle, api: BrandApi): void {
  const validator = createBundleValidator(bundle);
  const reads = operationsOf(bundle).filter((operation) => operation['x-effect'] === 'read');
  for (const verification of api.state.verifications.values()) {
    for (const operation of reads) {
      const route = api.paths.get(operation.path)?.get(operation.method.toUpperCase());
      if (!route) continue;
      const { status } = successResponseOf(bundle, operation);
      const reply = route.handle({
        body: { scanRef: verification.scanRef },
        apiKey: verification.apiKey,
        now: Date.now(),
        brandUrl: '',
      });
      const verdict = validator.validate(responseSchemaPointer(operation, String(status)), reply);
      if (!verdict.valid) {
        const problems = verdict.errors.map((error) => `${error.instancePath} ${error.message}`).join('; ');
        throw new Error(
          `${api.brand}: seeded verification "${verification.scanRef}" is not valid for ${operation.operationId}: ${problems}.`,
        );
      }
    }
  }
}
