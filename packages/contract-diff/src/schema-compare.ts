/**
 * JSON Schema 2020-12 (the dialect of OpenAPI 3.1) compared keyword by keyword: which edits make a schema
 * accept fewer values (tightened) and which make it accept more (loosened).
 */
import { followRefs } from '@error-contract/spec/bundle';

export type SchemaObject = { readonly [keyword: string]: unknown };
export type JsonSchema = boolean | SchemaObject;

function resolveRefs(schema: JsonSchema, document: unknown): { schema: JsonSchema; refs: string[] } {
  const { value, refs } = followRefs(document, schema);
  return { schema: value, refs };
}

export type Direction = 'tightened' | 'loosened';

export interface ConstraintChange {
  /** Where in the schema, e.g. `createToken request body.callbackUrl`. */
  location: string;
  keyword: string;
  direction: Direction;
  detail: string;
}

/** The documents each side's local `$ref`s resolve in. */
export interface Sides {
  base: unknown;
  head: unknown;
}

const LOWER_BOUNDS = ['minLength', 'minItems', 'minProperties', 'minContains', 'minimum', 'exclusiveMinimum'];
const UPPER_BOUNDS = ['maxLength', 'maxItems', 'maxProperties', 'maxContains', 'maximum', 'exclusiveMaximum'];
/** Keywords whose change cannot be ordered: any new value may reject what the old one accepted. */
const EXACT_KEYWORDS = ['pattern', 'format', 'const', 'multipleOf'];

const show = (value: unknown): string => (value === undefined ? 'none' : JSON.stringify(value));

export function compareSchemas(base: JsonSchema, head: JsonSchema, location: string, sides: Sides): ConstraintChange[] {
  return compare(base, head, location, sides, new Set());
}

function compare(
  baseSchema: JsonSchema,
  headSchema: JsonSchema,
  at: string,
  sides: Sides,
  seen: ReadonlySet<string>,
): ConstraintChange[] {
  const base = resolveRefs(baseSchema, sides.base);
  const head = resolveRefs(headSchema, sides.head);
  // A recursive schema compares each pair of definitions once.
  const pair = `${base.refs.join(',')}|${head.refs.join(',')}`;
  if (pair !== '|' && seen.has(pair)) return [];
  const within = new Set(seen).add(pair);

  const change = (keyword: string, direction: Direction, detail: string): ConstraintChange => ({
    location: at,
    keyword,
    direction,
    detail,
  });
  if (base.schema === false && head.schema === false) return [];
  if (base.schema === false) return [change('schema', 'loosened', 'was rejected, now accepted')];
  if (head.schema === false) return [change('schema', 'tightened', 'was accepted, now rejected')];
  const b: SchemaObject = base.schema === true ? {} : base.schema;
  const h: SchemaObject = head.schema === true ? {} : head.schema;

  return [
    ...compareTypes(b, h, change),
    ...compareBounds(b, h, change),
    ...compareExact(b, h, change),
    ...compareEnums(b, h, change),
    ...compareRequired(b, h, change),
    ...compareFlag('uniqueItems', b, h, change),
    ...compareProperties(b, h, at, sides, within),
    ...compareSubschema('items', b, h, `${at}[]`, sides, within),
    ...comparePrefixItems(b, h, at, sides, within),
    ...compareBranches(b, h, at, sides, within, change),
    ...compareConditional(b, h, at, sides, within, change),
  ];
}

type MakeChange = (keyword: string, direction: Direction, detail: string) => ConstraintChange;

function typesOf(schema: SchemaObject): string[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  return (Array.isArray(type) ? type : [type]).map(String);
}

/** Whether a value of `type` passes `types`: an integer is also a number. */
function accepts(types: readonly string[], type: string): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

function compareTypes(b: SchemaObject, h: SchemaObject, change: MakeChange): ConstraintChange[] {
  const before = typesOf(b);
  const after = typesOf(h);
  const detail = `type ${before?.join(' | ') ?? 'any'} → ${after?.join(' | ') ?? 'any'}`;
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [change('type', 'tightened', detail)];
  if (after === undefined) return [change('type', 'loosened', detail)];
  const changes: ConstraintChange[] = [];
  if (before.some((type) => !accepts(after, type))) changes.push(change('type', 'tightened', detail));
  if (after.some((type) => !accepts(before, type))) changes.push(change('type', 'loosened', detail));
  return changes;
}

function compareBounds(b: SchemaObject, h: SchemaObject, change: MakeChange): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  for (const [keywords, stricter] of [
    [LOWER_BOUNDS, (from: number, to: number) => to > from],
    [UPPER_BOUNDS, (from: number, to: number) => to < from],
  ] as const) {
    for (const keyword of keywords) {
      const before = b[keyword];
      const after = h[keyword];
      if (before === after) continue;
      const detail = `${keyword} ${show(before)} → ${show(after)}`;
      if (before === undefined) changes.push(change(keyword, 'tightened', detail));
      else if (after === undefined) changes.push(change(keyword, 'loosened', detail));
      else if (typeof before === 'number' && typeof after === 'number') {
        changes.push(change(keyword, stricter(before, after) ? 'tightened' : 'loosened', detail));
      } else {
        // OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum: true excludes the bound.
        changes.push(change(keyword, after === true ? 'tightened' : 'loosened', detail));
      }
    }
  }
  return changes;
}

function compareExact(b: SchemaObject, h: SchemaObject, change: MakeChange): ConstraintChange[] {
  return EXACT_KEYWORDS.flatMap((keyword) => {
    const before = b[keyword];
    const after = h[keyword];
    if (show(before) === show(after)) return [];
    const detail = `${keyword} ${show(before)} → ${show(after)}`;
    return [change(keyword, after === undefined ? 'loosened' : 'tightened', detail)];
  });
}

function compareEnums(b: SchemaObject, h: SchemaObject, change: MakeChange): ConstraintChange[] {
  const before = Array.isArray(b.enum) ? b.enum : undefined;
  const after = Array.isArray(h.enum) ? h.enum : undefined;
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [change('enum', 'tightened', `enum added: ${after?.map(show).join(', ')}`)];
  if (after === undefined) return [change('enum', 'loosened', 'enum removed')];
  const lost = difference(before, after);
  const gained = difference(after, before);
  const changes: ConstraintChange[] = [];
  if (lost.length > 0) changes.push(change('enum', 'tightened', `enum values removed: ${lost.map(show).join(', ')}`));
  if (gained.length > 0) changes.push(change('enum', 'loosened', `enum values added: ${gained.map(show).join(', ')}`));
  return changes;
}

function compareRequired(b: SchemaObject, h: SchemaObject, change: MakeChange): ConstraintChange[] {
  const before = Array.isArray(b.required) ? b.required : [];
  const after = Array.isArray(h.required) ? h.required : [];
  const gained = difference(after, before);
  const lost = difference(before, after);
  const changes: ConstraintChange[] = [];
  if (gained.length > 0) changes.push(change('required', 'tightened', `now required: ${gained.join(', ')}`));
  if (lost.length > 0) changes.push(change('required', 'loosened', `no longer required: ${lost.join(', ')}`));
  return changes;
}

function compareFlag(keyword: string, b: SchemaObject, h: SchemaObject, change: MakeChange): ConstraintChange[] {
  const before = b[keyword] === true;
  const after = h[keyword] === true;
  if (before === after) return [];
  return [change(keyword, after ? 'tightened' : 'loosened', `${keyword} ${before} → ${after}`)];
}

/** A schema that constrains nothing: a property added with it accepts what the unlisted property accepted. */
function isUnconstrained(schema: JsonSchema): boolean {
  return schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0);
}

function propertiesOf(schema: SchemaObject): Record<string, JsonSchema> {
  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, JsonSchema>) : {};
}

function additionalOf(schema: SchemaObject): JsonSchema {
  return (schema.additionalProperties as JsonSchema | undefined) ?? true;
}

/** Each property against its counterpart: the other side's property, or what that side accepts for unlisted ones. */
function compareProperties(
  b: SchemaObject,
  h: SchemaObject,
  at: string,
  sides: Sides,
  seen: ReadonlySet<string>,
): ConstraintChange[] {
  const before = propertiesOf(b);
  const after = propertiesOf(h);
  const changes: ConstraintChange[] = [];
  for (const key of union(Object.keys(before), Object.keys(after))) {
    const location = `${at}.${key}`;
    const was = before[key];
    const is = after[key];
    if (was !== undefined && is !== undefined) {
      changes.push(...compare(was, is, location, sides, seen));
    } else if (is !== undefined) {
      const unlisted = resolveRefs(additionalOf(b), sides.base).schema;
      if (unlisted === false) changes.push(propertyChange(location, 'loosened', 'property added (was rejected)'));
      else if (!isUnconstrained(unlisted)) changes.push(...compare(unlisted, is, location, sides, seen));
      else if (!isUnconstrained(resolveRefs(is, sides.head).schema)) {
        changes.push(propertyChange(location, 'tightened', 'property added (any value was accepted)'));
      }
    } else if (was !== undefined) {
      const unlisted = resolveRefs(additionalOf(h), sides.head).schema;
      if (unlisted === false) changes.push(propertyChange(location, 'tightened', 'property removed (now rejected)'));
      else if (!isUnconstrained(unlisted)) changes.push(...compare(was, unlisted, location, sides, seen));
      else if (!isUnconstrained(resolveRefs(was, sides.base).schema)) {
        changes.push(propertyChange(location, 'loosened', 'property removed (any value accepted)'));
      }
    }
  }
  if (b.additionalProperties !== undefined || h.additionalProperties !== undefined) {
    const additional = compare(additionalOf(b), additionalOf(h), `${at}.*`, sides, seen);
    changes.push(...additional.map((change) => ({ ...change, keyword: 'additionalProperties' })));
  }
  return changes;
}

function propertyChange(location: string, direction: Direction, detail: string): ConstraintChange {
  return { location, keyword: 'properties', direction, detail };
}

function compareSubschema(
  keyword: string,
  b: SchemaObject,
  h: SchemaObject,
  at: string,
  sides: Sides,
  seen: ReadonlySet<string>,
): ConstraintChange[] {
  if (b[keyword] === undefined && h[keyword] === undefined) return [];
  return compare((b[keyword] as JsonSchema) ?? true, (h[keyword] as JsonSchema) ?? true, at, sides, seen);
}

function comparePrefixItems(
  b: SchemaObject,
  h: SchemaObject,
  at: string,
  sides: Sides,
  seen: ReadonlySet<string>,
): ConstraintChange[] {
  const before = (Array.isArray(b.prefixItems) ? b.prefixItems : []) as JsonSchema[];
  const after = (Array.isArray(h.prefixItems) ? h.prefixItems : []) as JsonSchema[];
  return Array.from({ length: Math.max(before.length, after.length) }, (_, index) =>
    compare(before[index] ?? true, after[index] ?? true, `${at}[${index}]`, sides, seen),
  ).flat();
}

/**
 * anyOf/oneOf/allOf, branch by position. One more anyOf/oneOf branch accepts more values; one more allOf
 * branch accepts fewer.
 */
function compareBranches(
  b: SchemaObject,
  h: SchemaObject,
  at: string,
  sides: Sides,
  seen: ReadonlySet<string>,
  change: MakeChange,
): ConstraintChange[] {
  return (['anyOf', 'oneOf', 'allOf'] as const).flatMap((keyword) => {
    const before = (Array.isArray(b[keyword]) ? b[keyword] : []) as JsonSchema[];
    const after = (Array.isArray(h[keyword]) ? h[keyword] : []) as JsonSchema[];
    const shared = Math.min(before.length, after.length);
    const changes = Array.from({ length: shared }, (_, index) =>
      compare(before[index] ?? true, after[index] ?? true, `${at} (${keyword} ${index + 1})`, sides, seen),
    ).flat();
    if (before.length === after.length) return changes;
    const more = after.length > before.length;
    const detail = `${keyword} ${before.length} → ${after.length} branches`;
    const direction: Direction = (keyword === 'allOf') === more ? 'tightened' : 'loosened';
    return [...changes, change(keyword, direction, detail)];
  });
}

/** if/then/else: then and else compared in place; a changed `if` may select other values, so it counts as tightened. */
function compareConditional(
  b: SchemaObject,
  h: SchemaObject,
  at: string,
  sides: Sides,
  seen: ReadonlySet<string>,
  change: MakeChange,
): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  for (const keyword of ['if', 'not'] as const) {
    if (show(b[keyword]) !== show(h[keyword])) changes.push(change(keyword, 'tightened', `${keyword} changed`));
  }
  changes.push(...compareSubschema('then', b, h, `${at} (then)`, sides, seen));
  changes.push(...compareSubschema('else', b, h, `${at} (else)`, sides, seen));
  return changes;
}

function difference<T>(values: readonly T[], others: readonly T[]): T[] {
  const seen = new Set(others.map(show));
  return values.filter((value) => !seen.has(show(value)));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
