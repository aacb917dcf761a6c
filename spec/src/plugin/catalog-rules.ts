/**
 * The lint rules of the error catalog that `struct` and declarative rules cannot say: `catalog-consistent` (brands,
 * operations, brand maps, causes, anchors and declared renames against the whole document) and `standard-error-response` (every
 * operation answers errors with the one shared response).
 */
import { brandIdsOf, isBrandMap, isPlainObject } from '../brand-view.ts';
import { canReturn, DEFAULT_CAUSE, docsAnchorOf } from '../catalog.ts';
import { STANDARD_RESPONSE, STANDARD_RESPONSE_REF } from './brand-decorator.ts';
import type { Location, Node, Problem, VisitContext, Visitors } from './redocly-api.ts';

/** An anchor that is a valid HTML id and URL fragment as it is, so the page and every docs link write it the same way. */
const DOCS_ANCHOR = /^[A-Za-z][A-Za-z0-9_-]*$/;
const IDENTIFIER = /^[A-Z][A-Z0-9_]*$/;

type Report = (problem: Problem) => void;

interface CatalogVisit {
  /** The catalog, each entry's `reproductions` resolved (a `$ref` to its file in the sources). */
  catalog: Record<string, Node>;
  /** Where each entry's reproductions are: their file, when they are a `$ref`. */
  reproductionsAt: Map<string, Location>;
  /** A bundle's catalog (beside the enum the decorator derives from it) states every anchor for its readers. */
  published: boolean;
  location: Location;
  report: Report;
}

/**
 * Collects every operationId and every `x-error-catalog` of the document, then hands them to `check` once the whole
 * document has been visited; the rules of this plugin that cross-check the catalog share this walk.
 */
export function catalogVisitors(
  check: (visit: CatalogVisit, document: { brandIds: string[]; operationIds: string[] }) => void,
): Visitors {
  let brandIds: string[] = [];
  const operationIds: string[] = [];
  const catalogs: CatalogVisit[] = [];
  return {
    Root: {
      enter(root: Node) {
        brandIds = brandIdsOf(root);
      },
      leave() {
        for (const visit of catalogs) check(visit, { brandIds, operationIds });
      },
    },
    Operation(operation: Node) {
      if (operation.operationId) operationIds.push(operation.operationId);
    },
    Schema(schema: Node, { location, report, resolve }: VisitContext) {
      const canonical = schema['x-error-catalog'];
      if (!isPlainObject(canonical)) return;
      const catalog: Record<string, Node> = {};
      const reproductionsAt = new Map<string, Location>();
      for (const [identifier, entry] of Object.entries(canonical)) {
        if (!isPlainObject(entry) || entry.reproductions === undefined) {
          catalog[identifier] = entry;
          continue;
        }
        const resolved = resolve(entry.reproductions);
        catalog[identifier] = { ...entry, reproductions: resolved.node };
        reproductionsAt.set(
          identifier,
          resolved.location ?? location.child(['x-error-catalog', identifier, 'reproductions']),
        );
      }
      catalogs.push({ catalog, reproductionsAt, published: schema.enum !== undefined, location, report });
    },
  };
}

/** A catalog text: a non-empty text, or a brand map with a text for each of the entry's brands. */
function checkText(
  label: string,
  text: unknown,
  entryBrands: string[],
  brandIds: string[],
  at: Location,
  report: Report,
) {
  if (isBrandMap(text, brandIds)) {
    // That the map has a text for each of the entry's brands is brand-maps-complete's to say.
    for (const brand of entryBrands.filter((id) => Object.hasOwn(text, id))) {
      const textOf = text[brand];
      if (typeof textOf !== 'string' || textOf.trim() === '') {
        report({ message: `${label}: the text for brand "${brand}" must be a non-empty text.`, location: at });
      }
    }
  } else if (typeof text !== 'string' || text.trim() === '') {
    report({ message: `${label} must be a text or a map of brand to text.`, location: at });
  }
}

/** `causes` covers every operation that can return the identifier, and names no other. */
function checkCauses(identifier: string, entry: Node, operationIds: string[], at: Location, report: Report) {
  if (!isPlainObject(entry.causes)) return; // struct reports a missing or misshapen `causes`
  const returning = operationIds.filter((operationId) => canReturn(entry, operationId));
  for (const key of Object.keys(entry.causes)) {
    if (key !== DEFAULT_CAUSE && !returning.includes(key)) {
      report({
        message: `${identifier}: causes names "${key}", which is neither "${DEFAULT_CAUSE}" nor an operation that can return it.`,
        location: at.child(['causes', key]).key(),
      });
    }
  }
  if (entry.causes[DEFAULT_CAUSE] !== undefined) return;
  for (const operationId of returning.filter((id) => entry.causes[id] === undefined)) {
    report({
      message: `${identifier}: no cause for ${operationId}; give it one, or a "${DEFAULT_CAUSE}" cause.`,
      location: at.child(['causes']),
    });
  }
}

function checkCatalog(
  { catalog, published, location, report }: CatalogVisit,
  { brandIds, operationIds }: { brandIds: string[]; operationIds: string[] },
) {
  const anchors = new Map<unknown, string>();
  for (const [identifier, entry] of Object.entries(catalog)) {
    if (!isPlainObject(entry)) continue; // struct reports it
    const at = location.child(['x-error-catalog', identifier]);
    if (!IDENTIFIER.test(identifier)) {
      report({ message: `Identifier "${identifier}" must be UPPER_SNAKE_CASE.`, location: at.key() });
    }
    const entryBrands: string[] = Array.isArray(entry.brands) ? entry.brands : brandIds;
    for (const brand of entryBrands.filter((id) => !brandIds.includes(id))) {
      report({ message: `${identifier}: unknown brand "${brand}".`, location: at.child(['brands']) });
    }
    for (const operationId of Array.isArray(entry.operations) ? entry.operations : []) {
      if (!operationIds.includes(operationId)) {
        report({ message: `${identifier}: unknown operationId "${operationId}".`, location: at.child(['operations']) });
      }
    }
    const text = (label: string, value: unknown, path: string[]) =>
      checkText(`${identifier}: ${label}`, value, entryBrands, brandIds, at.child(path), report);
    text('explanation', entry.explanation, ['explanation']);
    if (entry.fix !== undefined) text('fix', entry.fix, ['fix']);
    for (const [key, cause] of Object.entries(isPlainObject(entry.causes) ? entry.causes : {})) {
      text(`causes.${key}`, cause, ['causes', key]);
    }
    checkCauses(identifier, entry, operationIds, at, report);
    const anchor = docsAnchorOf(identifier, entry);
    const anchorAt = entry.docsAnchor === undefined ? at.key() : at.child(['docsAnchor']);
    if (entry.docsAnchor === identifier && !published) {
      report({
        message: `${identifier}: docsAnchor is the identifier, which is the default; leave it out.`,
        location: anchorAt,
      });
    } else if (typeof anchor !== 'string' || !DOCS_ANCHOR.test(anchor)) {
      report({
        message: `${identifier}: docsAnchor must start with a letter and have only letters, digits, "_" and "-", got ${JSON.stringify(anchor)}.`,
        location: anchorAt,
      });
    }
    if (anchors.has(anchor)) {
      report({
        message: `${identifier}: docsAnchor "${anchor}" is already used by ${anchors.get(anchor)}.`,
        location: anchorAt,
      });
    }
    anchors.set(anchor, identifier);
    const renamedFrom = entry.renamedFrom;
    if (
      renamedFrom !== undefined &&
      (typeof renamedFrom !== 'string' || !IDENTIFIER.test(renamedFrom) || renamedFrom in catalog)
    ) {
      report({
        message: `${identifier}: renamedFrom must name the identifier it replaces, UPPER_SNAKE_CASE and no longer in the catalog, got ${JSON.stringify(renamedFrom)}.`,
        location: at.child(['renamedFrom']),
      });
    }
    if (isPlainObject(entry.example) && 'identifier' in entry.example) {
      report({
        message: `${identifier}: the example must not set "identifier"; it is the entry's key.`,
        location: at.child(['example', 'identifier']),
      });
    }
  }
}

/** Cross-checks of the catalog that need the whole document. */
export function CatalogConsistent(): Visitors {
  return catalogVisitors(checkCatalog);
}

/** Every operation answers errors with the one shared standard error response. */
export function StandardErrorResponse(): Visitors {
  return {
    Operation(operation: Node, { location, report }: VisitContext) {
      const response = operation.responses?.['400'];
      if (response === undefined) return; // rule/operation-has-standard-400 reports it
      const ref = response.$ref ?? '';
      if (!ref.endsWith(`/${STANDARD_RESPONSE}.yaml`) && ref !== STANDARD_RESPONSE_REF) {
        report({
          message: `The '400' response must reference the shared ${STANDARD_RESPONSE} response.`,
          location: location.child(['responses', '400']),
        });
      }
    },
  };
}
