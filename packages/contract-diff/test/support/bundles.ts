/** Copies of the real iDenfy bundle, edited in memory: each differ case without a Redocly run. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { IDENTIFIER_SCHEMA } from '@error-contract/spec/catalog';
import { loadBundle } from '@error-contract/spec/workspace';

// biome-ignore lint/suspicious/noExplicitAny: edits reach anywhere into the bundle's JSON on purpose.
export type Editable = Record<string, any>;

const original = loadBundle('idenfy');

export function realBundle(): BrandBundle {
  return structuredClone(original);
}

/** A copy of the real bundle with `edit` applied. */
export function edited(edit: (bundle: Editable) => void): BrandBundle {
  const bundle = realBundle();
  edit(bundle as unknown as Editable);
  return bundle;
}

/** The bundle's catalog entries, to add, remove or reword identifiers. */
export function catalogIn(bundle: Editable): Editable {
  return bundle.components.schemas[IDENTIFIER_SCHEMA]['x-error-catalog'];
}

export function schemaIn(bundle: Editable, name: string): Editable {
  return bundle.components.schemas[name];
}
