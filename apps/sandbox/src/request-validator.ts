/**
 * Request validation compiled from a brand bundle at start-up: the operation's request body schema decides what
 * is accepted, so a spec change changes the sandbox with no code edit.
 */
import {
  type BrandBundle,
  type LocatedOperation,
  requestSchemaOf,
  requestSchemaPointer,
  resolveRef,
  type SchemaObject,
} from '@error-contract/spec/bundle';
import { createAjv } from './json-schema.ts';
import { fieldName, validationError } from './validation-error.ts';

/** A request body that passed its operation's schema. */
export interface ValidRequest {
  /** The body with the schema's defaults applied. */
  body: Record<string, unknown>;
  /** Fields the schema does not list, ignored like the real API ignores them: `nickname`, `images.SELFIE`. */
  ignored: string[];
}

/** Returns the valid request, or throws a MISSING_VALUE or BAD_VALUE Refusal. */
export type RequestValidator = (body: unknown) => ValidRequest;

const bundleId = 'https://sandbox.invalid/bundle.json';

export function createRequestValidators(bundle: BrandBundle): (operation: LocatedOperation) => RequestValidator {
  // One error is enough to answer with, and stopping at it keeps hostile bodies cheap. verbose: the messages
  // quote the failing schema's description.
  const ajv = createAjv({ allErrors: false, verbose: true });
  ajv.addSchema(bundle, bundleId);
  return (operation) => {
    const validate = ajv.compile({ $ref: `${bundleId}${requestSchemaPointer(operation)}` });
    const schema = requestSchemaOf(bundle, operation) ?? {};
    const defaults = defaultsOf(bundle, schema);
    const check = (body: unknown) => {
      if (validate(body)) return;
      const [error] = validate.errors ?? [];
      if (!error) throw new Error('The request validator failed without saying why.');
      throw validationError(error);
    };
    return (body) => {
      check(body);
      const fields = fieldsOf(bundle, [schema], body);
      // The docs let a field be null, as the same as leaving it out: a required one sent as null is still missing.
      if (fields.nulls.length > 0) check(withoutMembers(body, fields.nulls));
      return { body: { ...defaults, ...(body as Record<string, unknown>) }, ignored: fields.undeclared.map(name) };
    };
  };
}

/** Each property's `default`, as the request schema declares them (through `$ref`s, which ajv's useDefaults skips). */
function defaultsOf(bundle: BrandBundle, schema: SchemaObject): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, SchemaObject>;
  const defaults: Record<string, unknown> = {};
  for (const [field, property] of Object.entries(properties)) {
    const value = resolveRef(bundle, property).default;
    if (value !== undefined) defaults[field] = value;
  }
  return defaults;
}

type Path = readonly string[];

/**
 * The members of a valid body the schema does not list, and the listed ones sent as null. The walk follows the
 * schema, never the body alone, so its depth is the schema's whatever a hostile body nests.
 */
function fieldsOf(bundle: BrandBundle, schemas: SchemaObject[], value: unknown, path: Path = []) {
  const found: { undeclared: Path[]; nulls: Path[] } = { undeclared: [], nulls: [] };
  const add = (more: typeof found) => {
    found.undeclared.push(...more.undeclared);
    found.nulls.push(...more.nulls);
  };
  const applied = schemas.flatMap((schema) => appliedSchemasOf(bundle, schema));
  if (Array.isArray(value)) {
    const items = applied.flatMap(({ items }) => (isSchema(items) ? [items] : []));
    if (items.length === 0) return found;
    for (const [index, item] of value.entries()) {
      // Only an object can hold fields: a long list of strings costs one check per item.
      if (typeof item === 'object' && item !== null) add(fieldsOf(bundle, items, item, [...path, String(index)]));
    }
    return found;
  }
  if (typeof value !== 'object' || value === null) return found;
  const listing = applied.filter(({ properties }) => isSchema(properties));
  const maps = applied.flatMap(({ additionalProperties }) =>
    isSchema(additionalProperties) ? [additionalProperties] : [],
  );
  for (const [key, member] of Object.entries(value)) {
    const declared = listing.flatMap(({ properties }) =>
      Object.hasOwn(properties as object, key)
        ? [(properties as Record<string, SchemaObject>)[key] as SchemaObject]
        : [],
    );
    const memberSchemas = declared.length > 0 ? declared : maps;
    if (memberSchemas.length === 0) {
      if (listing.length > 0) found.undeclared.push([...path, key]);
      continue;
    }
    if (member === null && declared.length > 0) found.nulls.push([...path, key]);
    add(fieldsOf(bundle, memberSchemas, member, [...path, key]));
  }
  return found;
}

/**
 * The applied schemas of each schema already walked, per bundle: a body is walked on every request, and following
 * the `$ref`s again each time cost more than the rest of validating it.
 */
const appliedSchemasWalked = new WeakMap<BrandBundle, WeakMap<SchemaObject, SchemaObject[]>>();

function appliedSchemasOf(bundle: BrandBundle, schema: SchemaObject): SchemaObject[] {
  const walked = appliedSchemasWalked.get(bundle);
  const known = walked?.get(schema);
  if (known) return known;
  const applied = appliedSchemas(bundle, schema);
  if (walked) walked.set(schema, applied);
  else appliedSchemasWalked.set(bundle, new WeakMap([[schema, applied]]));
  return applied;
}

/** A schema with its `$ref` followed, and every subschema that applies to the same value with it. */
function appliedSchemas(bundle: BrandBundle, schema: SchemaObject): SchemaObject[] {
  const resolved = resolveRef(bundle, schema);
  const branches = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) => {
    const list = resolved[keyword];
    return Array.isArray(list) ? (list as SchemaObject[]) : [];
  });
  const conditional = ['then', 'else'].flatMap((keyword) => (isSchema(resolved[keyword]) ? [resolved[keyword]] : []));
  return [
    resolved,
    ...[...branches, ...conditional].flatMap((branch) => appliedSchemas(bundle, branch as SchemaObject)),
  ];
}

function isSchema(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of the body without the members at `paths`; only the objects along them are copied. */
function withoutMembers(body: unknown, paths: Path[]): unknown {
  const copy = (value: unknown, path: Path): unknown => {
    const [key, ...rest] = path;
    if (key === undefined || typeof value !== 'object' || value === null) return value;
    const clone: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
    if (rest.length === 0) delete clone[key];
    else clone[key] = copy(clone[key], rest);
    return clone;
  };
  return paths.reduce(copy, body);
}

/** `['images', 'SELFIE']` → `images.SELFIE`, as the refusals name fields. */
function name(path: Path): string {
  return fieldName(path.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join(''));
}
