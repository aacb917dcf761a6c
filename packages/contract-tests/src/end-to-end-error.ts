/**
 * Clients against the spec, end to end: an identifier's trigger sent by the generated client to the sandbox comes
 * back as that standard API error, with status 400, a docsUrl that resolves in the built docs site, and a raw body
 * valid against the spec.
 */
import type { BrandBundle } from '@error-contract/spec/catalog';
import type { BundleValidator } from '@error-contract/spec/validator';
import type { BuiltSite } from './built-site.ts';
import { classificationProblems } from './classification.ts';
import { docsUrlProblems } from './docs-url.ts';
import { errorReplyProblems } from './error-reply.ts';
import type { RecipeRun } from './run-recipe.ts';

export interface EndToEndExpectation {
  brand: string;
  identifier: string;
  operationId: string;
  bundle: BrandBundle;
  validator: BundleValidator;
  site: BuiltSite;
}

export function endToEndProblems(
  { brand, identifier, operationId, bundle, validator, site }: EndToEndExpectation,
  { result, reply }: RecipeRun,
): string[] {
  const where = `${brand}: identifier ${identifier}`;
  const classified = classificationProblems(where, identifier, result);
  const docsUrl =
    result.kind === 'api-error' ? docsUrlProblems(where, result.docsUrl, bundle.externalDocs.url, site) : [];
  return [...classified, ...docsUrl, ...errorReplyProblems(where, reply, operationId, bundle, validator)];
}
