/**
 * Redocly plugin of the error contract.
 * - decorator `brand`: turns the canonical spec into one brand's published document.
 * - rules: what `struct` and declarative rules cannot say about the error catalog.
 * - types: gives `x-error-catalog` a shape, so `struct` and declarative rules can check it.
 */

import { declaredBrands } from '../src/brand-names.js';
import { errorDocsUrl } from '../src/site-routes.js';
import {
  applyBrandOverrides,
  brandIdsOf,
  canReturn,
  catalogForBrand,
  docsAnchorOf,
  isBrandMap,
  resolveForBrand,
} from './brand-view.js';
import { codeSamplesFor } from './code-samples.js';
import { reproductionProblems } from './reproductions.js';

/** Component names the contract is built around; the `standard-error-response` rule keeps operations on them. */
const IDENTIFIER_SCHEMA = 'ErrorIdentifier';
const ERROR_SCHEMA = 'ErrorResponse';
const STANDARD_RESPONSE = 'StandardError';
const STANDARD_RESPONSE_REF = `#/components/responses/${STANDARD_RESPONSE}`;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const EFFECTS = ['read', 'create', 'consume', 'delete'];
/** An anchor that is a valid HTML id and URL fragment as it is, so the page and every docs link write it the same way. */
const DOCS_ANCHOR = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** The key of `causes` that stands for every operation without a key of its own. */
const DEFAULT_CAUSE = 'default';

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function operationsOf(root) {
  return Object.values(root.paths ?? {}).flatMap((pathItem) =>
    HTTP_METHODS.filter((method) => pathItem[method]).map((method) => pathItem[method]),
  );
}

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** The first example of an operation's JSON request body schema, which the code samples send. */
function requestExampleOf(root, operation) {
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const name = SCHEMA_REF.exec(schema?.$ref ?? '')?.[1];
  const example = name && root.components.schemas[name]?.examples?.[0];
  if (example === undefined) {
    throw new Error(`${operation.operationId}: its request schema needs an \`examples\` entry for the code samples.`);
  }
  return example;
}

/**
 * Gives each operation's 400 the examples of the identifiers it can return, as one response component per distinct
 * set of identifiers, which the operations that can return that set reference. A copy per operation would make the
 * bundle grow with operations × identifiers; shared, it grows with distinct sets × identifiers, and operations
 * mostly share the general identifiers plus a few of their own. `StandardError` is the set every operation
 * can return; a set with more is named after the rest (`StandardError.TOKEN_NOT_VALID`). The catalog's `operations`
 * stays the machine-readable source; these examples are how Redoc shows it on each operation.
 */
function shareErrorResponses(root, catalog) {
  const { [STANDARD_RESPONSE]: standardResponse, ...otherResponses } = root.components.responses;
  const [mediaType, { schema }] = Object.entries(standardResponse.content)[0];
  const operations = operationsOf(root).filter(
    (operation) => operation.responses?.['400']?.$ref === STANDARD_RESPONSE_REF,
  );
  const returnable = new Map(
    operations.map((operation) => [
      operation,
      Object.keys(catalog).filter((identifier) => canReturn(catalog[identifier], operation.operationId)),
    ]),
  );
  const returnedByAll = Object.keys(catalog).filter((identifier) =>
    operations.every((operation) => returnable.get(operation).includes(identifier)),
  );
  const shared = {};
  for (const [operation, identifiers] of returnable) {
    const beyondAll = identifiers.filter((identifier) => !returnedByAll.includes(identifier));
    const name = [STANDARD_RESPONSE, ...beyondAll].join('.');
    shared[name] ??= {
      ...structuredClone(standardResponse),
      content: {
        [mediaType]: {
          schema: structuredClone(schema),
          examples: Object.fromEntries(
            identifiers.map((identifier) => [identifier, { $ref: `#/components/examples/${identifier}` }]),
          ),
        },
      },
    };
    operation.responses['400'] = { $ref: `#/components/responses/${name}` };
  }
  const byName = Object.keys(shared)
    .sort()
    .map((name) => [name, shared[name]]);
  root.components.responses = { ...otherResponses, ...Object.fromEntries(byName) };
  if (Object.keys(root.components.responses).length === 0) delete root.components.responses;
}

/**
 * Builds the brand's enum, enum descriptions, examples, shared 400 responses and code samples from
 * the catalog and the operations.
 */
function publishBrand(root, brand) {
  const published = declaredBrands(root).find((declared) => declared.id === brand);
  const brandIds = brandIdsOf(root);
  root.info.title = published.title;
  const schemas = root.components.schemas;
  const identifierSchema = schemas[IDENTIFIER_SCHEMA];
  const catalog = catalogForBrand(identifierSchema['x-error-catalog'], brand, brandIds);
  applyBrandOverrides(root.externalDocs, brand);
  // Each identifier's handbook entry, where the reference links back to (the clients' docsUrl).
  const entryLink = (identifier) =>
    `[How to handle ${identifier}](${errorDocsUrl(root.externalDocs.url, brand, catalog[identifier].docsAnchor)})`;

  root.servers = root.servers.filter((server) => server['x-brand'] === brand);
  const { 'x-error-catalog': _canonical, ...identifierKeywords } = identifierSchema;
  schemas[IDENTIFIER_SCHEMA] = {
    ...identifierKeywords,
    enum: Object.keys(catalog),
    'x-enumDescriptions': Object.fromEntries(
      Object.entries(catalog).map(([identifier, entry]) => [
        identifier,
        `${entry.explanation} ${entryLink(identifier)}`,
      ]),
    ),
    'x-error-catalog': catalog,
  };
  schemas[ERROR_SCHEMA] = resolveForBrand(schemas[ERROR_SCHEMA], brand, brandIds);

  root.components.examples ??= {};
  for (const [identifier, entry] of Object.entries(catalog)) {
    root.components.examples[identifier] = {
      summary: identifier,
      description: `${entry.explanation} ${entryLink(identifier)}`,
      value: { identifier, ...entry.example },
    };
  }

  shareErrorResponses(root, catalog);
  const serverUrl = root.servers[0].url;
  for (const operation of operationsOf(root)) {
    const [path] = Object.entries(root.paths).find(([, item]) => Object.values(item).includes(operation));
    const requestExample = requestExampleOf(root, operation);
    operation['x-codeSamples'] = codeSamplesFor({
      operationId: operation.operationId,
      path,
      serverUrl,
      requestExample,
      client: { module: published.clientModule, factory: published.clientFactory },
    });
  }
  applyBrandOverrides(root, brand);
}

/** Options: `brand`, the `x-brand` of the server that declares the brand to publish. */
function BrandDecorator(options) {
  return {
    Root: {
      // On leave, the bundler has already moved every $ref into components.
      leave(root, ctx) {
        if (!brandIdsOf(root).includes(options.brand)) {
          ctx.report({ message: `Unknown brand "${options.brand}": no server has \`x-brand: ${options.brand}\`.` });
          return;
        }
        try {
          publishBrand(root, options.brand);
        } catch (error) {
          ctx.report({ message: error.message });
        }
      },
    },
  };
}

/**
 * Cross-checks of the catalog that need the whole document: brands, operations, brand maps, and anchors (unique,
 * usable as they are in a URL, and stated only where they differ from the identifier).
 */
function CatalogConsistent() {
  let brandIds = [];
  const operationIds = new Set();
  const catalogs = [];
  return {
    Root: {
      enter(root) {
        brandIds = brandIdsOf(root);
      },
      leave() {
        for (const { catalog, published, location, report } of catalogs)
          checkCatalog(catalog, published, location, report);
      },
    },
    Operation(operation) {
      if (operation.operationId) operationIds.add(operation.operationId);
    },
    Schema(schema, { location, report }) {
      // A bundle's catalog (beside the enum the decorator derives from it) states every anchor for its readers.
      const published = schema.enum !== undefined;
      if (schema['x-error-catalog']) catalogs.push({ catalog: schema['x-error-catalog'], published, location, report });
    },
  };

  /** A catalog text: a non-empty text, or a brand map with a text for each of the entry's brands. */
  function checkText(label, text, entryBrands, at, report) {
    if (isBrandMap(text, brandIds)) {
      for (const brand of entryBrands.filter((brand) => typeof text[brand] !== 'string' || text[brand].trim() === '')) {
        report({ message: `${label}: no text for brand "${brand}".`, location: at });
      }
    } else if (typeof text !== 'string' || text.trim() === '') {
      report({ message: `${label} must be a text or a map of brand to text.`, location: at });
    }
  }

  /** `causes` covers every operation that can return the identifier, and names no other. */
  function checkCauses(identifier, entry, at, report) {
    if (!isPlainObject(entry.causes)) return; // struct reports a missing or misshapen `causes`
    const returning = [...operationIds].filter((operationId) => canReturn(entry, operationId));
    for (const key of Object.keys(entry.causes)) {
      if (key !== DEFAULT_CAUSE && !returning.includes(key)) {
        report({
          message: `${identifier}: causes names "${key}", which is neither "${DEFAULT_CAUSE}" nor an operation that can return it.`,
          location: at.child(['causes', key]).key(),
        });
      }
    }
    if (entry.causes[DEFAULT_CAUSE] !== undefined) return;
    for (const operationId of returning.filter((operationId) => entry.causes[operationId] === undefined)) {
      report({
        message: `${identifier}: no cause for ${operationId}; give it one, or a "${DEFAULT_CAUSE}" cause.`,
        location: at.child(['causes']),
      });
    }
  }

  function checkCatalog(catalog, published, location, report) {
    const anchors = new Map();
    for (const [identifier, entry] of Object.entries(catalog)) {
      const at = location.child(['x-error-catalog', identifier]);
      if (!/^[A-Z][A-Z0-9_]*$/.test(identifier)) {
        report({ message: `Identifier "${identifier}" must be UPPER_SNAKE_CASE.`, location: at.key() });
      }
      const entryBrands = entry.brands ?? brandIds;
      for (const brand of entry.brands ?? []) {
        if (!brandIds.includes(brand)) {
          report({ message: `${identifier}: unknown brand "${brand}".`, location: at.child(['brands']) });
        }
      }
      for (const operationId of entry.operations ?? []) {
        if (!operationIds.has(operationId)) {
          report({
            message: `${identifier}: unknown operationId "${operationId}".`,
            location: at.child(['operations']),
          });
        }
      }
      checkText(`${identifier}: explanation`, entry.explanation, entryBrands, at.child(['explanation']), report);
      if (entry.fix !== undefined) checkText(`${identifier}: fix`, entry.fix, entryBrands, at.child(['fix']), report);
      for (const [key, cause] of Object.entries(isPlainObject(entry.causes) ? entry.causes : {})) {
        checkText(`${identifier}: causes.${key}`, cause, entryBrands, at.child(['causes', key]), report);
      }
      checkCauses(identifier, entry, at, report);
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
      if (entry.example && 'identifier' in entry.example) {
        report({
          message: `${identifier}: the example must not set "identifier"; it is the entry's key.`,
          location: at.child(['example', 'identifier']),
        });
      }
    }
  }
}

/**
 * Every cell (operation × identifier) the catalog allows has exactly one reproduction in `reproductions/`
 * beside the root document, and every reproduction names a cataloged identifier and an operation that can return it.
 */
function ReproductionsComplete() {
  let rootFile = '';
  const operationIds = [];
  const catalogs = [];
  return {
    Root: {
      enter(_root, { location }) {
        rootFile = location.source.absoluteRef;
      },
      leave() {
        for (const { catalog, location, report } of catalogs) {
          for (const { identifier, message } of reproductionProblems(rootFile, catalog, operationIds)) {
            const known = identifier && Object.hasOwn(catalog, identifier);
            report({ message, location: known ? location.child(['x-error-catalog', identifier]).key() : location });
          }
        }
      },
    },
    Operation(operation) {
      if (operation.operationId) operationIds.push(operation.operationId);
    },
    Schema(schema, { location, report }) {
      if (schema['x-error-catalog']) catalogs.push({ catalog: schema['x-error-catalog'], location, report });
    },
  };
}

/** Every operation answers errors with the one shared standard error response. */
function StandardErrorResponse() {
  return {
    Operation(operation, { location, report }) {
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

const catalogTypes = {
  ErrorCatalog: { properties: {}, additionalProperties: 'ErrorCatalogEntry' },
  ErrorCatalogEntry: {
    properties: {
      explanation: {},
      brands: { type: 'array', items: { type: 'string' } },
      retryable: { type: 'boolean' },
      docsAnchor: { type: 'string' },
      operations: { type: 'array', items: { type: 'string' } },
      causes: 'ErrorCatalogCauses',
      fix: {},
      example: 'ErrorCatalogExample',
      note: {},
    },
    required: ['explanation', 'retryable', 'causes', 'fix', 'example'],
  },
  // operationId (or `default`) → text, or a brand map of texts.
  ErrorCatalogCauses: { properties: {}, additionalProperties: {} },
  ErrorCatalogExample: {
    properties: { message: { type: 'string' } },
    additionalProperties: {},
    required: ['message'],
  },
};

function withCatalogTypes(types) {
  return {
    ...types,
    ...catalogTypes,
    Schema: { ...types.Schema, properties: { ...types.Schema.properties, 'x-error-catalog': 'ErrorCatalog' } },
    Operation: { ...types.Operation, properties: { ...types.Operation.properties, 'x-effect': { enum: EFFECTS } } },
  };
}

export default function errorContractPlugin() {
  return {
    id: 'error-contract',
    decorators: { oas3: { brand: BrandDecorator } },
    rules: {
      oas3: {
        'catalog-consistent': CatalogConsistent,
        'standard-error-response': StandardErrorResponse,
        'reproductions-complete': ReproductionsComplete,
      },
    },
    typeExtension: { oas3: withCatalogTypes },
  };
}
