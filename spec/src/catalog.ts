/** Typed reading of a brand bundle's error contract: its error catalog and its errors page texts. */
import type { BrandBundle } from './bundle.ts';

export interface CatalogEntry {
  identifier: string;
  explanation: string;
  retryable: boolean;
  docsAnchor: string;
  /** operationIds that can return it; undefined means every operation. */
  operations?: string[];
  /** What triggers it, by operationId; `default` stands for every operation that can return it without a key. */
  causes: Record<string, string>;
  /** How an integrator fixes it. */
  fix: string;
  example: { message: string } & Record<string, unknown>;
  note?: string;
}

/** The key of `causes` that stands for every operation without a cause of its own. */
export const DEFAULT_CAUSE = 'default';

/** What triggers the identifier on `operationId`: its own cause, else the default one. */
export function causeOf(entry: CatalogEntry, operationId: string): string | undefined {
  return entry.causes[operationId] ?? entry.causes[DEFAULT_CAUSE];
}

export interface DocsPage {
  title: string;
  frontMatter?: string;
  intro: string;
  bodyLead: string;
  keyTableHeader: [string, string];
  identifiersHeading: string;
  identifiersLead: string;
  identifierTableHeader: [string, string];
  noteMarker?: string;
}

interface CatalogSchema {
  description?: string;
  enum?: string[];
  properties?: Record<string, { description?: string }>;
  required?: string[];
  'x-error-catalog'?: Record<string, Omit<CatalogEntry, 'identifier'>>;
  'x-docs-page'?: DocsPage;
}

function schemaOf(bundle: BrandBundle, name: string): CatalogSchema {
  const schema = bundle.components.schemas[name];
  if (!schema) throw new Error(`The bundle has no components.schemas.${name}.`);
  return schema as CatalogSchema;
}

/** The brand's identifiers with everything the contract says about them, in docs order. */
export function catalogOf(bundle: BrandBundle): CatalogEntry[] {
  const catalog = schemaOf(bundle, 'ErrorIdentifier')['x-error-catalog'] ?? {};
  return Object.entries(catalog).map(([identifier, entry]) => ({ identifier, ...entry }));
}

export function docsPageOf(bundle: BrandBundle): DocsPage {
  const page = schemaOf(bundle, 'ErrorResponse')['x-docs-page'];
  if (!page) throw new Error('The bundle has no x-docs-page on ErrorResponse.');
  return page;
}

/** The rows of the page's JSON key table: each required property of ErrorResponse and its description. */
export function errorBodyKeys(bundle: BrandBundle): Array<{ key: string; explanation: string }> {
  const schema = schemaOf(bundle, 'ErrorResponse');
  return (schema.required ?? []).map((key) => ({ key, explanation: schema.properties?.[key]?.description ?? '' }));
}
