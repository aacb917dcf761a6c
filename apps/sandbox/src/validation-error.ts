/** Turns a JSON Schema validation error into the standard API error a partner reads: which field, and what is wrong. */
import type { ErrorObject } from 'ajv';
import { Refusal } from './refusal.ts';

/** Longer field names are cut: the message must stay readable whatever key a request sends. */
const longestFieldName = 80;
/** Enums up to this size are listed in the message; longer ones are named by their description. */
const longestListedEnum = 12;

export function validationError(error: ErrorObject): Refusal {
  if (error.keyword === 'required') {
    const field = fieldName(error.instancePath, String(error.params.missingProperty));
    return new Refusal('missingValue', `Field '${field}' is required.`);
  }
  if (error.keyword === 'additionalProperties') {
    const field = fieldName(error.instancePath, String(error.params.additionalProperty));
    return new Refusal('invalidValue', `Field '${field}' is not allowed.`);
  }
  const subject = error.instancePath === '' ? 'Request body' : `Field '${fieldName(error.instancePath)}'`;
  return new Refusal('invalidValue', `${subject} ${error.message ?? 'is not valid'}${expectation(error)}.`);
}

/** `/images/BACK` → `images.BACK`, `/documents/0` → `documents[0]`. */
export function fieldName(instancePath: string, property?: string): string {
  const segments = instancePath === '' ? [] : instancePath.slice(1).split('/');
  if (property !== undefined) segments.push(property);
  const name = segments
    .map((segment) => (segment.includes('~') ? segment.replaceAll('~1', '/').replaceAll('~0', '~') : segment))
    .reduce((path, segment) => {
      if (/^\d+$/.test(segment) && path !== '') return `${path}[${segment}]`;
      return path === '' ? segment : `${path}.${segment}`;
    }, '');
  return name.length > longestFieldName ? `${name.slice(0, longestFieldName)}…` : name;
}

function expectation(error: ErrorObject): string {
  if (error.keyword === 'enum') {
    const allowed = error.params.allowedValues as unknown[];
    if (allowed.length <= longestListedEnum) return `: ${allowed.join(', ')}`;
  }
  // A `not` is described by its own subschema (what must not be sent); the other keywords by the failing schema.
  const described = error.keyword === 'not' ? error.schema : error.parentSchema;
  const description = (described as { description?: unknown } | undefined)?.description;
  if (['enum', 'pattern', 'format', 'not'].includes(error.keyword) && typeof description === 'string') {
    return ` (${description.trim().replace(/\.$/, '')})`;
  }
  return '';
}
