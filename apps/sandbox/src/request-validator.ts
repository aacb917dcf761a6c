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
import type { Refusal } from './refusal.ts';
import { fieldName, validationError } from './validation-error.ts';

/** A request body that passed its operation's schema. */
export interface ValidRequest {
  /** The body with the schema's defaults applied. */
  body: Record<string, unknown>;
  /** Fields the schema does not list, ignored like the real API ignores them: `nickname`, `images.SELFIE`. */
  ignored: string[];
}

/**
 * Returns the valid request, or the MISSING_VALUE or BAD_VALUE Refusal to answer with. Returned, not thrown: V8 never
 * optimizes a function that only ever exits by a throw, and refusing a body is the sandbox's hot path.
 */
export type RequestValidator = (body: unknown) => ValidRequest | Refusal;

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
    const shape = new Shape(bundle, [schema]);
    const check = (body: unknown): Refusal | undefined => {
      if (validate(body)) return undefined;
      const [error] = validate.errors ?? [];
      if (!error) throw new Error('The request validator failed without saying why.');
      return validationError(error);
    };
    return (body) => {
      const refusal = check(body);
      if (refusal) return refusal;
      const fields: Fields = { undeclared: [], nulls: [] };
      walk(shape, body, [], fields);
      // The docs let a field be null, as the same as leaving it out: a required one sent as null is still missing.
      if (fields.nulls.length > 0) {
        const missing = check(withoutMembers(body, fields.nulls));
        if (missing) return missing;
      }
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

/** The members of a valid body the schema does not list, and the listed ones sent as null. */
interface Fields {
  undeclared: Path[];
  nulls: Path[];
}

/**
 * What the walk needs of the schemas that apply to one value, worked out on first use and kept: a body is walked on
 * every request, and following the `$ref`s and merging the schemas each time cost more than the rest of validating
 * it. Only what the schemas name is kept, never a key a body sends, so the shapes are as many as the schema's parts.
 */
class Shape {
  /** Whether a schema here lists properties: a member none of them declares is then undeclared. */
  readonly lists: boolean;
  readonly #bundle: BrandBundle;
  /** Member name → the schemas that declare it. */
  readonly #declared = new Map<string, SchemaObject[]>();
  /** The `additionalProperties` schemas, for a member none declares. */
  readonly #maps: SchemaObject[];
  readonly #items: SchemaObject[];
  readonly #memberShapes = new Map<string, Shape>();
  #mapShape?: Shape;
  #itemShape?: Shape;

  constructor(bundle: BrandBundle, schemas: SchemaObject[]) {
    this.#bundle = bundle;
    const applied = schemas.flatMap((schema) => appliedSchemas(bundle, schema));
    const listing = applied.flatMap(({ properties }) => (isSchema(properties) ? [properties] : []));
    this.lists = listing.length > 0;
    for (const properties of listing) {
      for (const [key, member] of Object.entries(properties as Record<string, SchemaObject>)) {
        const declaring = this.#declared.get(key);
        if (declaring) declaring.push(member);
        else this.#declared.set(key, [member]);
      }
    }
    this.#maps = applied.flatMap(({ additionalProperties }) =>
      isSchema(additionalProperties) ? [additionalProperties] : [],
    );
    this.#items = applied.flatMap(({ items }) => (isSchema(items) ? [items] : []));
  }

  declares(key: string): boolean {
    return this.#declared.has(key);
  }

  /** The shape of a member's value: its declared schemas, else the map's; undefined when no schema describes it. */
  member(key: string): Shape | undefined {
    const declared = this.#declared.get(key);
    if (!declared) {
      if (this.#maps.length === 0) return undefined;
      this.#mapShape ??= new Shape(this.#bundle, this.#maps);
      return this.#mapShape;
    }
    let shape = this.#memberShapes.get(key);
    if (!shape) {
      shape = new Shape(this.#bundle, declared);
      this.#memberShapes.set(key, shape);
    }
    return shape;
  }

  /** The shape of an array's items; undefined when no schema describes them. */
  items(): Shape | undefined {
    if (this.#items.length === 0) return undefined;
    this.#itemShape ??= new Shape(this.#bundle, this.#items);
    return this.#itemShape;
  }
}

/**
 * Adds to `found` the members of a valid body the schema does not list, and the listed ones sent as null. The walk
 * follows the schema, never the body alone, so its depth is the schema's whatever a hostile body nests.
 */
function walk(shape: Shape, value: unknown, path: Path, found: Fields): void {
  if (Array.isArray(value)) {
    const items = shape.items();
    if (!items) return;
    for (const [index, item] of value.entries()) {
      // Only an object can hold fields: a long list of strings costs one check per item.
      if (typeof item === 'object' && item !== null) walk(items, item, [...path, String(index)], found);
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, member] of Object.entries(value)) {
    const memberShape = shape.member(key);
    if (!memberShape) {
      if (shape.lists) found.undeclared.push([...path, key]);
      continue;
    }
    if (member === null && shape.declares(key)) found.nulls.push([...path, key]);
    else if (typeof member === 'object' && member !== null) walk(memberShape, member, [...path, key], found);
  }
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
