/** One difference between a brand's contract at the base ref and in the working tree. */

export type ChangeKind =
  | 'brand-added'
  | 'brand-removed'
  | 'identifier-added'
  | 'identifier-removed'
  | 'identifier-renamed'
  | 'explanation-changed'
  | 'retry-hint-changed'
  | 'docs-anchor-changed'
  | 'identifier-scope-changed'
  | 'error-field-added'
  | 'required-error-field-added'
  | 'error-field-removed'
  | 'error-field-made-required'
  | 'error-field-made-optional'
  | 'error-field-type-widened'
  | 'error-schema-tightened'
  | 'error-schema-loosened'
  | 'operation-added'
  | 'operation-removed'
  | 'request-tightened'
  | 'request-loosened'
  | 'response-added'
  | 'success-response-added'
  | 'response-removed'
  | 'response-tightened'
  | 'response-loosened'
  | 'type-name-added'
  | 'type-name-removed';

export interface Change {
  brand: string;
  kind: ChangeKind;
  /** What changed: an identifier, an operation, an error field, a schema location or an exported type name. */
  subject: string;
  /** How it changed, in words. */
  detail?: string;
  /** The value before and after, where the changelog quotes it (an explanation, the new name of a renamed identifier). */
  before?: string;
  after?: string;
  /** An added or renamed identifier's explanation and retry hint in the working tree, for its changelog line. */
  explanation?: string;
  retryable?: boolean;
}
