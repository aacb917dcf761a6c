/** What an operation's handler gets and gives back. */
import type { BrandBundle, LocatedOperation } from '@error-contract/spec/bundle';
import type { BrandState } from '../brand-state.ts';

export interface OperationRequest {
  /** Valid against the operation's request schema, with the schema's defaults applied. */
  body: Record<string, unknown>;
  /** The authenticated partner. */
  apiKey: string;
  now: number;
  /** Where this brand is served, e.g. `http://127.0.0.1:4010/idenfy`. */
  brandUrl: string;
}

/** Returns the success body, or undefined for an empty one; refuses with an Refusal. */
export type OperationHandler = (request: OperationRequest) => unknown;

/** Builds a brand's handler once, at start-up, from what its bundle says. */
export type HandlerFactory = (bundle: BrandBundle, state: BrandState, operation: LocatedOperation) => OperationHandler;
