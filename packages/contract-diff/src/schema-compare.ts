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
  /** The keyword that changed, or one of the two required-property changes below. */
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

/**
 * A required property added or removed, one change each. A removed one takes away a value every reader could count
 * on, so a response reader loses it whichever way the schema moved (tightened, where unlisted ones are rejected).
 */
export const REQUIRED_PROPERTY_ADDED = 'required property added';
export const REQUIRED_PROPERTY_REMOVED = 'required property removed';

const show = (value: unknown): string => (value === undefined ? 'none' : JSON.stringify(value));

export function compareSchemas(base: JsonSchema, head: JsonSchema, location: string, sides: Sides): ConstraintChange[] {
  return compare(base, head, location, sides, new Set());
}

/** Two schemas (their `$ref`s followed) being compared at one location, and how to compare what they contain. */
interface Pair {
  b: SchemaObject;
  h: SchemaObject;
  at: string;
  sides: Sides;
  /** A change of a keyword at this location. */
  change(keyword: string, direction: Direction, detail: string): ConstraintChange;
  /** Compares two subschemas at another location, minding the pairs of definitions being compared already. */
  within(base: JsonSchema, head: JsonSchema, at: string): ConstraintChange[];
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
  const definitions = `${base.refs.join(',')}|${head.refs.join(',')}`;
  if (definitions !== '|' && seen.has(definitions)) return [];
  const seenWithin = new Set(seen).add(definitions);

  const change = (keyword: string, direction: Direction, detail: string): ConstraintChange => ({
    location: at,
    keyword,
    direction,
    detail,
  });
  if (base.schema === false && head.schema === false) return [];
  if (base.schema === false) return [change('schema', 'loosened', 'was rejected, now accepted')];
  if (head.schema === false) return [change('schema', 'tightened', 'was accepted, now rejected')];
  const pair: Pair = {
    b: base.schema === true ? {} : base.schema,
    h: head.schema === true ? {} : head.schema,
    at,
    sides,
    change,
    within: (b, h, location) => compare(b, h, location, sides, seenWithin),
  };
  return [
    compareTypes,
    compareBounds,
    compareExact,
    compareEnums,
    compareRequired,
    compareUniqueItems,
    compareProperties,
    compareItems,
    comparePrefixItems,
    compareBranches,
    compareConditional,
  ].flatMap((compareKeywords) => compareKeywords(pair));
}

function typesOf(schema: SchemaObject): string[] | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  return (Array.isArray(type) ? type : [type]).map(String);
}

/** Whether a value of `type` passes `types`: an integer is also a number. */
function accepts(types: readonly string[], type: string): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

function compareTypes({ b, h, change }: Pair): ConstraintChange[] {
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

function compareBounds({ b, h, change }: Pair): ConstraintChange[] {
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

function compareExact({ b, h, change }: Pair): ConstraintChange[] {
  return EXACT_KEYWORDS.flatMap((keyword) => {
    const before = b[keyword];
    const after = h[keyword];
    if (show(before) === show(after)) return [];
    const detail = `${keyword} ${show(before)} → ${show(after)}`;
    return [change(keyword, after === undefined ? 'loosened' : 'tightened', detail)];
  });
}

function compareEnums({ b, h, change }: Pair): ConstraintChange[] {
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

/**
 * `required` gained or lost, for properties both sides list; a property listed on one side only is one change of
 * its own (compareListedOnOneSide), so a new required field reads once.
 */
function compareRequired({ b, h, change }: Pair): ConstraintChange[] {
  const before = requiredOf(b);
  const after = requiredOf(h);
  const listedByBoth = (key: string) => key in propertiesOf(b) === key in propertiesOf(h);
  const gained = difference(after, before).filter(listedByBoth);
  const lost = difference(before, after).filter(listedByBoth);
  const changes: ConstraintChange[] = [];
  if (gained.length > 0) changes.push(change('required', 'tightened', `now required: ${gained.join(', ')}`));
  if (lost.length > 0) changes.push(change('required', 'loosened', `no longer required: ${lost.join(', ')}`));
  return changes;
}

function requiredOf(schema: SchemaObject): string[] {
  return Array.isArray(schema.required) ? schema.required.map(String) : [];
}

function compareUniqueItems({ b, h, change }: Pair): ConstraintChange[] {
  const before = b.uniqueItems === true;
  const after = h.uniqueItems === true;
  if (before === after) return [];
  return [change('uniqueItems', after ? 'tightened' : 'loosened', `uniqueItems ${before} → ${after}`)];
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

/** What a property listed on one side only means, by the side that lists it. */
const LISTED_ON_ONE_SIDE: Readonly<
  Record<keyof Sides, Record<'rejected' | 'anyAccepted', readonly [direction: Direction, detail: string]>>
> = {
  head: {
    rejected: ['loosened', 'property added (was rejected)'],
    anyAccepted: ['tightened', 'property added (any value was accepted)'],
  },
  base: {
    rejected: ['tightened', 'property removed (now rejected)'],
    anyAccepted: ['loosened', 'property removed (any value accepted)'],
  },
};

/**
 * A property one side lists and the other does not, against what the other side accepts for unlisted properties:
 * rejected there, nothing to compare, or a schema to compare it with. A required one is one change: a value must now
 * have it (added), or no longer has it (removed).
 */
function compareListedOnOneSide(
  { b, h, sides, within }: Pair,
  location: string,
  key: string,
  listed: JsonSchema,
  listedBy: keyof Sides,
): ConstraintChange[] {
  const inHead = listedBy === 'head';
  const unlisted = inHead ? resolveRefs(additionalOf(b), sides.base) : resolveRefs(additionalOf(h), sides.head);
  if (requiredOf(inHead ? h : b).includes(key)) {
    if (inHead)
      return [{ location, keyword: REQUIRED_PROPERTY_ADDED, direction: 'tightened', detail: REQUIRED_PROPERTY_ADDED }];
    const rejected = unlisted.schema === false;
    return [
      {
        location,
        keyword: REQUIRED_PROPERTY_REMOVED,
        direction: rejected ? 'tightened' : 'loosened',
        detail: `${REQUIRED_PROPERTY_REMOVED}${rejected ? ' (now rejected)' : ''}`,
      },
    ];
  }
  const meaning = LISTED_ON_ONE_SIDE[listedBy];
  if (unlisted.schema === false) return [propertyChange(location, ...meaning.rejected)];
  if (!isUnconstrained(unlisted.schema)) {
    return inHead ? within(unlisted.schema, listed, location) : within(listed, unlisted.schema, location);
  }
  if (isUnconstrained(resolveRefs(listed, sides[listedBy]).schema)) return [];
  return [propertyChange(location, ...meaning.anyAccepted)];
}

/** Each property against its counterpart: the other side's property, or what that side accepts for unlisted ones. */
function compareProperties(pair: Pair): ConstraintChange[] {
  const { b, h, at, within } = pair;
  const before = propertiesOf(b);
  const after = propertiesOf(h);
  const changes: ConstraintChange[] = [];
  for (const key of union(Object.keys(before), Object.keys(after))) {
    const location = `${at}.${key}`;
    const was = before[key];
    const is = after[key];
    if (was !== undefined && is !== undefined) changes.push(...within(was, is, location));
    else if (is !== undefined) changes.push(...compareListedOnOneSide(pair, location, key, is, 'head'));
    else if (was !== undefined) changes.push(...compareListedOnOneSide(pair, location, key, was, 'base'));
  }
  if (b.additionalProperties !== undefined || h.additionalProperties !== undefined) {
    const additional = within(additionalOf(b), additionalOf(h), `${at}.*`);
    changes.push(...additional.map((change) => ({ ...change, keyword: 'additionalProperties' })));
  }
  return changes;
}

function propertyChange(location: string, direction: Direction, detail: string): ConstraintChange {
  return { location, keyword: 'properties', direction, detail };
}

/** The subschema under `keyword` on both sides, where either side has one; a missing one accepts everything. */
function compareSubschema(keyword: string, { b, h, within }: Pair, at: string): ConstraintChange[] {
  if (b[keyword] === undefined && h[keyword] === undefined) return [];
  return within((b[keyword] as JsonSchema) ?? true, (h[keyword] as JsonSchema) ?? true, at);
}

function compareItems(pair: Pair): ConstraintChange[] {
  return compareSubschema('items', pair, `${pair.at}[]`);
}

function comparePrefixItems({ b, h, at, within }: Pair): ConstraintChange[] {
  const before = (Array.isArray(b.prefixItems) ? b.prefixItems : []) as JsonSchema[];
  const after = (Array.isArray(h.prefixItems) ? h.prefixItems : []) as JsonSchema[];
  return Array.from({ length: Math.max(before.length, after.length) }, (_, index) =>
    within(before[index] ?? true, after[index] ?? true, `${at}[${index}]`),
  ).flat();
}

/**
 * anyOf/oneOf/allOf, branch by position. One more anyOf/oneOf branch accepts more values; one more allOf
 * branch accepts fewer.
 */
function compareBranches({ b, h, at, within, change }: Pair): ConstraintChange[] {
  return (['anyOf', 'oneOf', 'allOf'] as const).flatMap((keyword) => {
    const before = (Array.isArray(b[keyword]) ? b[keyword] : []) as JsonSchema[];
    const after = (Array.isArray(h[keyword]) ? h[keyword] : []) as JsonSchema[];
    const shared = Math.min(before.length, after.length);
    const changes = Array.from({ length: shared }, (_, index) =>
      within(before[index] ?? true, after[index] ?? true, `${at} (${keyword} ${index + 1})`),
    ).flat();
    if (before.length === after.length) return changes;
    const more = after.length > before.length;
    const detail = `${keyword} ${before.length} → ${after.length} branches`;
    const direction: Direction = (keyword === 'allOf') === more ? 'tightened' : 'loosened';
    return [...changes, change(keyword, direction, detail)];
  });
}

/** if/then/else: then and else compared in place; a changed `if` may select other values, so it counts as tightened. */
function compareConditional(pair: Pair): ConstraintChange[] {
  const { b, h, at, change } = pair;
  const changes: ConstraintChange[] = [];
  for (const keyword of ['if', 'not'] as const) {
    if (show(b[keyword]) !== show(h[keyword])) changes.push(change(keyword, 'tightened', `${keyword} changed`));
  }
  changes.push(...compareSubschema('then', pair, `${at} (then)`));
  changes.push(...compareSubschema('else', pair, `${at} (else)`));
  return changes;
}

function difference<T>(values: readonly T[], others: readonly T[]): T[] {
  const seen = new Set(others.map(show));
  return values.filter((value) => !seen.has(show(value)));
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
