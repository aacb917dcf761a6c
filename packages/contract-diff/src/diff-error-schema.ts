/**
 * The error body, `components.schemas.ErrorResponse`: its fields added, removed, made required or optional,
 * and every other constraint on it. The identifier's enum is the catalog's business (diff-catalog.ts).
 */
import { type BrandBundle, pointer, valueAt } from '@error-contract/spec/bundle';
import { ERROR_SCHEMA, IDENTIFIER_SCHEMA } from '@error-contract/spec/catalog';
import type { Change } from './change.ts';
import { compareSchemas, type SchemaObject, type Sides } from './schema-compare.ts';

/** The bundle as refs see it, except that the identifier schema is seen without its enum. */
function withoutIdentifierEnum(bundle: BrandBundle): BrandBundle {
  const { enum: _values, ...identifier } = bundle.components.schemas[IDENTIFIER_SCHEMA] ?? {};
  return {
    ...bundle,
    components: { ...bundle.components, schemas: { ...bundle.components.schemas, [IDENTIFIER_SCHEMA]: identifier } },
  };
}

function errorSchemaOf(bundle: BrandBundle): SchemaObject {
  const at = pointer('components', 'schemas', ERROR_SCHEMA);
  const schema = valueAt(bundle, at);
  if (typeof schema !== 'object' || schema === null) throw new Error(`The bundle has nothing at ${at}.`);
  return schema as SchemaObject;
}

function fieldsOf(schema: SchemaObject): Record<string, SchemaObject> {
  return (schema.properties ?? {}) as Record<string, SchemaObject>;
}

function requiredOf(schema: SchemaObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
}

export function diffErrorSchema(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  const was = errorSchemaOf(base);
  const is = errorSchemaOf(head);
  const sides: Sides = { base: withoutIdentifierEnum(base), head: withoutIdentifierEnum(head) };
  const fieldsBefore = fieldsOf(was);
  const fieldsAfter = fieldsOf(is);
  const requiredBefore = requiredOf(was);
  const requiredAfter = requiredOf(is);
  const changes: Change[] = [];
  const change = (kind: Change['kind'], subject: string, detail?: string): void => {
    changes.push({ brand, kind, subject, ...(detail === undefined ? {} : { detail }) });
  };

  for (const field of new Set([...Object.keys(fieldsBefore), ...Object.keys(fieldsAfter)])) {
    const before = fieldsBefore[field];
    const after = fieldsAfter[field];
    const subject = `${ERROR_SCHEMA}.${field}`;
    if (before === undefined) {
      change(requiredAfter.has(field) ? 'required-error-field-added' : 'error-field-added', subject);
      continue;
    }
    if (after === undefined) {
      change('error-field-removed', subject);
      continue;
    }
    if (requiredAfter.has(field) && !requiredBefore.has(field)) change('error-field-made-required', subject);
    if (requiredBefore.has(field) && !requiredAfter.has(field)) change('error-field-made-optional', subject);
    for (const constraint of compareSchemas(before, after, subject, sides)) {
      const widened = constraint.direction === 'loosened' && constraint.keyword === 'type';
      const kind = widened ? 'error-field-type-widened' : (`error-schema-${constraint.direction}` as const);
      change(kind, constraint.location, constraint.detail);
    }
  }

  // The rest of the object's keywords (type, additionalProperties, …); fields and required are done above.
  const { properties: _p, required: _r, ...wasRest } = was;
  const { properties: _q, required: _s, ...isRest } = is;
  for (const constraint of compareSchemas(wasRest, isRest, ERROR_SCHEMA, sides)) {
    change(`error-schema-${constraint.direction}`, constraint.location, constraint.detail);
  }
  return changes;
}
