/**
 * The responses of an operation kept from base to head (OpenAPI's Responses Object): statuses added or removed,
 * each response's headers, and the bodies of its success responses. A response body is read, not sent, so a schema
 * that accepts more values breaks its readers (loosened) and one that accepts fewer does not (tightened). Error
 * bodies are the shared `ErrorResponse`, compared once by diff-error-schema.ts, their identifiers by the catalog.
 */
import { type BrandBundle, type Operation, resolveRef } from '@error-contract/spec/bundle';
import { ERROR_SCHEMA } from '@error-contract/spec/catalog';
import type { Change } from './change.ts';
import {
  type ConstraintChange,
  compareSchemas,
  type JsonSchema,
  REQUIRED_PROPERTY_REMOVED,
  type Sides,
} from './schema-compare.ts';

interface Header {
  required?: boolean;
  schema?: JsonSchema;
}

interface Response {
  headers?: Record<string, Header>;
  content?: Record<string, { schema?: JsonSchema }>;
}

const isSuccess = (status: string) => /^2/.test(status);
const ERROR_SCHEMA_REF = `#/components/schemas/${ERROR_SCHEMA}`;

function responsesOf(bundle: BrandBundle, operation: Operation): Map<string, Response> {
  return new Map(
    Object.entries(operation.responses).map(([status, response]) => [status, resolveRef(bundle, response as Response)]),
  );
}

/** Whether a reader of the response can be broken by the change: it may now carry a value it did not. */
function breaksReaders(constraint: ConstraintChange): boolean {
  return constraint.direction === 'loosened' || constraint.keyword === REQUIRED_PROPERTY_REMOVED;
}

function compareHeaders(was: Response, is: Response, at: string, sides: Sides): ConstraintChange[] {
  const before = was.headers ?? {};
  const after = is.headers ?? {};
  const changes: ConstraintChange[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const location = `${at} header ${name}`;
    const old = before[name] && resolveRef(sides.base, before[name]);
    const now = after[name] && resolveRef(sides.head, after[name]);
    if (!old || !now) {
      const [direction, detail] = now
        ? (['tightened', 'header added'] as const)
        : (['loosened', 'header removed'] as const);
      changes.push({ location, keyword: 'headers', direction, detail });
      continue;
    }
    if ((old.required === true) !== (now.required === true)) {
      const direction = now.required ? 'tightened' : 'loosened';
      changes.push({
        location,
        keyword: 'required',
        direction,
        detail: `required ${old.required === true} → ${now.required === true}`,
      });
    }
    changes.push(...compareSchemas(old.schema ?? true, now.schema ?? true, location, sides));
  }
  return changes;
}

function compareBodies(was: Response, is: Response, at: string, sides: Sides): ConstraintChange[] {
  const before = was.content ?? {};
  const after = is.content ?? {};
  const changes: ConstraintChange[] = [];
  for (const mediaType of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[mediaType];
    const now = after[mediaType];
    if (!old || !now) {
      // Either way a reader meets a body it was not written for: one in a new format, or none in the old one.
      const detail = now ? 'media type added' : 'media type removed';
      changes.push({ location: `${at} body (${mediaType})`, keyword: 'content', direction: 'loosened', detail });
      continue;
    }
    changes.push(...compareSchemas(old.schema ?? true, now.schema ?? true, `${at} body`, sides));
  }
  return changes;
}

/** Whether the response's body is the standard error body, which diff-error-schema.ts compares. */
function isErrorBody(response: Response): boolean {
  return Object.values(response.content ?? {}).every(
    (media) => (media.schema as { $ref?: string } | undefined)?.$ref === ERROR_SCHEMA_REF,
  );
}

export function diffResponses(brand: string, was: Operation, is: Operation, sides: Sides): Change[] {
  const base = sides.base as BrandBundle;
  const head = sides.head as BrandBundle;
  const before = responsesOf(base, was);
  const after = responsesOf(head, is);
  const changes: Change[] = [];
  const change = (kind: Change['kind'], subject: string, detail: string) =>
    changes.push({ brand, kind, subject, detail });
  const successesBefore = [...before.keys()].filter(isSuccess);
  for (const status of new Set([...before.keys(), ...after.keys()])) {
    const at = `${is.operationId} ${status} response`;
    const old = before.get(status);
    const now = after.get(status);
    if (!old) {
      const union = isSuccess(status) && successesBefore.length > 0;
      change(
        union ? 'success-response-added' : 'response-added',
        at,
        union ? 'the success data becomes a union of the bodies' : 'status added',
      );
      continue;
    }
    if (!now) {
      change('response-removed', at, 'status removed');
      continue;
    }
    const constraints = [
      ...compareHeaders(old, now, at, sides),
      ...(isErrorBody(old) && isErrorBody(now) ? [] : compareBodies(old, now, at, sides)),
    ];
    for (const constraint of constraints) {
      change(
        breaksReaders(constraint) ? 'response-loosened' : 'response-tightened',
        constraint.location,
        constraint.detail,
      );
    }
  }
  return changes;
}
