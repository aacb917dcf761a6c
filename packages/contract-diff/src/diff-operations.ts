/**
 * The operations of a brand: added or removed, and for each kept one, its request tightened or loosened and its
 * responses changed (diff-responses.ts).
 */
import { type BrandBundle, type Operation, operationsOf } from '@error-contract/spec/bundle';
import type { Change } from './change.ts';
import { diffResponses } from './diff-responses.ts';
import { type ConstraintChange, compareSchemas, type JsonSchema, type Sides } from './schema-compare.ts';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface RequestOperation {
  operationId: string;
  responses: Record<string, unknown>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  parameters?: Parameter[];
}

/** Operations by a key that changes when anything a client calls them by changes: id, method or path. */
function operationsByKey(bundle: BrandBundle): Map<string, RequestOperation> {
  return new Map(
    operationsOf(bundle).map((operation) => [
      `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path})`,
      operation as RequestOperation,
    ]),
  );
}

function compareRequests(was: RequestOperation, is: RequestOperation, sides: Sides): ConstraintChange[] {
  const at = `${is.operationId} request`;
  const changes: ConstraintChange[] = [];
  const flag = (location: string, keyword: string, before: boolean, after: boolean): void => {
    if (before === after) return;
    changes.push({
      location,
      keyword,
      direction: after ? 'tightened' : 'loosened',
      detail: `required ${before} → ${after}`,
    });
  };

  const bodyBefore = was.requestBody;
  const bodyAfter = is.requestBody;
  flag(`${at} body`, 'required', bodyBefore?.required === true, bodyAfter?.required === true);
  const contentBefore = bodyBefore?.content ?? {};
  const contentAfter = bodyAfter?.content ?? {};
  for (const mediaType of new Set([...Object.keys(contentBefore), ...Object.keys(contentAfter)])) {
    const location = `${at} body (${mediaType})`;
    const before = contentBefore[mediaType];
    const after = contentAfter[mediaType];
    if (before === undefined || after === undefined) {
      const direction = before === undefined ? 'loosened' : 'tightened';
      changes.push({ location, keyword: 'content', direction, detail: `media type ${before ? 'removed' : 'added'}` });
      continue;
    }
    changes.push(...compareSchemas(before.schema ?? true, after.schema ?? true, `${at} body`, sides));
  }

  const byName = (parameters: Parameter[] = []) => new Map(parameters.map((p) => [`${p.in} ${p.name}`, p]));
  const parametersBefore = byName(was.parameters);
  const parametersAfter = byName(is.parameters);
  for (const key of new Set([...parametersBefore.keys(), ...parametersAfter.keys()])) {
    const location = `${at} ${key}`;
    const before = parametersBefore.get(key);
    const after = parametersAfter.get(key);
    flag(location, 'required', before?.required === true, after?.required === true);
    if (before && after) changes.push(...compareSchemas(before.schema ?? true, after.schema ?? true, location, sides));
  }
  return changes;
}

export function diffOperations(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  const before = operationsByKey(base);
  const after = operationsByKey(head);
  const sides: Sides = { base, head };
  const changes: Change[] = [];
  for (const key of before.keys()) {
    if (!after.has(key)) changes.push({ brand, kind: 'operation-removed', subject: key });
  }
  for (const [key, operation] of after) {
    const was = before.get(key);
    if (!was) {
      changes.push({ brand, kind: 'operation-added', subject: key });
      continue;
    }
    for (const constraint of compareRequests(was, operation, sides)) {
      changes.push({
        brand,
        kind: `request-${constraint.direction}`,
        subject: constraint.location,
        detail: constraint.detail,
      });
    }
    changes.push(...diffResponses(brand, was as unknown as Operation, operation as unknown as Operation, sides));
  }
  return changes;
}
