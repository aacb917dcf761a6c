/**
 * The `reproductions-complete` rule: every cell (operation × identifier) the catalog allows has exactly one
 * reproduction, and every reproduction names operations that exist and can return its identifier. The
 * reproductions are part of the document (each catalog entry's `reproductions`, a `$ref` to its file in
 * spec/reproductions/), so the rule reads nothing but the document it lints.
 */
import { reproductionProblems } from '../reproductions.ts';
import { catalogVisitors } from './catalog-rules.ts';
import type { Visitors } from './redocly-api.ts';

export function ReproductionsComplete(): Visitors {
  return catalogVisitors(({ catalog, reproductionsAt, location, report }, { operationIds }) => {
    for (const { identifier, message } of reproductionProblems(catalog, operationIds)) {
      report({ message, location: reproductionsAt.get(identifier) ?? location.child(['x-error-catalog', identifier]) });
    }
  });
}
