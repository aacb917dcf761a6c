/** What both brand entry points export besides their own factory and types. */
export type { CatalogEntry, Effect } from './brand.ts';
export type { BrandClient, RequestBody, SuccessData } from './client.ts';
export type { FailureHandlers } from './handle-failure.ts';
export type { CallOptions, ClientOptions } from './options.ts';
export { RequestError, unwrap } from './request-error.ts';
export type {
  ApiError,
  Failure,
  Result,
  Success,
  TransportError,
  UnexpectedResponse,
  UnknownApiError,
} from './result.ts';
