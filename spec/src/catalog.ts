/** Typed reading of a brand bundle's error contract: its error catalog and its errors page texts. */
import type { BrandBundle } from './bundle.ts';

export interface CatalogEntry {
  identifier: string;
  explanation: string;
  retryable: boolean;
  docsAnchor: string;
  /** operationIds that can return it; undefined means every operation. */
  operations?: string[];
  example: { message: string } & Record<string, unknown>;
  note?: string;
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
