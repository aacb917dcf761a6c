/**
 * The error catalog (`x-error-catalog` of the `ErrorIdentifier` schema): its entries, as the canonical spec states
 * them and as a brand's bundle carries them, which operations can return each identifier, and the errors page texts.
 * Pure functions of a document: the Redocly plugin (./plugin) is built from them.
 */
import { isPlainObject, resolveForBrand } from './brand-view.ts';
import type { BrandBundle } from './bundle.ts';
import type { Role } from './local-sandbox.ts';

/** The schema that carries the catalog, and the error body's schema that carries the errors page texts. */
export const IDENTIFIER_SCHEMA = 'ErrorIdentifier';
export const ERROR_SCHEMA = 'ErrorResponse';

/** A request, as changes to the operation's request example (the first of its request schema's `examples`). */
export interface RequestChange {
  /** Another HTTP method than the operation's, on the operation's path. */
  method?: string;
  headers?: Record<string, string>;
  /** JSON pointer (RFC 6901) into the example body → the value to put there. */
  set?: Record<string, unknown>;
  /** JSON pointers of the example's members to drop. */
  remove?: string[];
  /** The exact body bytes instead of a JSON body: the text's UTF-8 bytes, where `\xHH` stands for the byte HH. */
  raw?: string;
  /** Send no body at all. */
  noBody?: true;
}

/** A step that runs before the reproducing request, whatever it answers (e.g. spending what is left of a quota). */
export interface ReproductionStep {
  summary: string;
  operation: string;
  role?: Role;
  request?: RequestChange;
}

/**
 * How a partner provokes the identifier, as declared in `spec/reproductions/<IDENTIFIER>.yaml`: on the operations it
 * names (omitted: every operation that can return it), as `role`, with the request changed as `request` says.
 */
export interface Reproduction {
  summary: string;
  operations?: string[];
  role?: Role;
  request?: RequestChange;
  before?: ReproductionStep[];
  /** The expected status (default 400). */
  status?: number;
  /** Why only the sandbox can be made to return it on purpose; a real server is reported as not reproducible. */
  sandboxOnly?: string;
}

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
  /** How to provoke it, one entry per set of operations; every operation that can return it has exactly one. */
  reproductions: Reproduction[];
}

/** The key of `causes` that stands for every operation without a cause of its own. */
export const DEFAULT_CAUSE = 'default';

/** Whether an operation can return the identifier: its entry names the operation, or names none (every one). */
export function canReturn(entry: { operations?: readonly string[] }, operationId: string): boolean {
  return entry.operations === undefined || entry.operations.includes(operationId);
}

/** The identifiers an operation can return, in catalog order. */
export function identifiersReturnedBy<Entry extends { operations?: readonly string[] }>(
  catalog: Readonly<Record<string, Entry>>,
  operationId: string,
): string[] {
  return Object.keys(catalog).filter((identifier) => canReturn(catalog[identifier] as Entry, operationId));
}

/** The anchor of an identifier's entry in the docs: its `docsAnchor`, by default the identifier itself. */
export function docsAnchorOf(identifier: string, entry: { docsAnchor?: unknown }): unknown {
  return entry.docsAnchor ?? identifier;
}

/**
 * The catalog entries of `brand` (the canonical `x-error-catalog`, as the spec states it), in catalog order, with
 * their brand maps resolved, `brands` dropped and the default `docsAnchor` filled in, so a bundle states every
 * entry's anchor.
 */
export function catalogForBrand(
  catalog: Readonly<Record<string, Record<string, unknown>>>,
  brand: string,
  brandIds: readonly string[],
): Record<string, Omit<CatalogEntry, 'identifier'>> {
  const entries: Record<string, Omit<CatalogEntry, 'identifier'>> = {};
  for (const [identifier, entry] of Object.entries(catalog)) {
    const brands = entry.brands;
    if (Array.isArray(brands) && !brands.includes(brand)) continue;
    const { brands: _brands, ...rest } = entry;
    const { explanation, retryable, ...others } = resolveForBrand(rest, brand, brandIds);
    // Key order as the catalog used to state every anchor, so the published bundles keep their layout.
    entries[identifier] = {
      explanation,
      retryable,
      docsAnchor: docsAnchorOf(identifier, entry),
      ...others,
    } as Omit<CatalogEntry, 'identifier'>;
  }
  return entries;
}

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
  if (!isPlainObject(schema)) throw new Error(`The bundle has no components.schemas.${name}.`);
  return schema as CatalogSchema;
}

/** The brand's identifiers with everything the contract says about them, in docs order. */
export function catalogOf(bundle: BrandBundle): CatalogEntry[] {
  const catalog = schemaOf(bundle, IDENTIFIER_SCHEMA)['x-error-catalog'] ?? {};
  return Object.entries(catalog).map(([identifier, entry]) => ({ identifier, ...entry }));
}

/** The texts of the page every brand's errors page has; a bundle without one cannot render the page. */
const requiredPageTexts = ['title', 'intro', 'bodyLead', 'identifiersHeading', 'identifiersLead'] as const;

export function docsPageOf(bundle: BrandBundle): DocsPage {
  const page = schemaOf(bundle, ERROR_SCHEMA)['x-docs-page'];
  if (!page) throw new Error('The bundle has no x-docs-page on ErrorResponse.');
  const missing = [
    ...requiredPageTexts.filter((field) => typeof page[field] !== 'string'),
    ...(['keyTableHeader', 'identifierTableHeader'] as const).filter(
      (field) => !Array.isArray(page[field]) || !page[field].every((cell) => typeof cell === 'string'),
    ),
  ];
  if (missing.length > 0) {
    const brand = bundle.servers[0]?.['x-brand'];
    throw new Error(
      `${brand}: x-docs-page has no ${missing.join(', ')} for this brand; \`pnpm lint\` names each brand map that lacks it.`,
    );
  }
  return page;
}

/** The rows of the page's JSON key table: each required property of ErrorResponse and its description. */
export function errorBodyKeys(bundle: BrandBundle): Array<{ key: string; explanation: string }> {
  const schema = schemaOf(bundle, ERROR_SCHEMA);
  return (schema.required ?? []).map((key) => ({ key, explanation: schema.properties?.[key]?.description ?? '' }));
}
