/** Reading an operation's schemas out of a brand bundle, with the bundle's local `$ref`s followed. */
import type { BrandBundle, Operation } from '@error-contract/spec/catalog';
import { pointerSegment } from '@error-contract/spec/validator';

export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  default?: unknown;
  examples?: unknown[];
}

interface MediaTypes {
  content?: Record<string, { schema?: Schema }>;
}

const jsonMediaType = 'application/json';

export function resolveSchema(bundle: BrandBundle, schema: Schema): Schema {
  return resolveRef(bundle, schema);
}

/** Any object of the bundle that may be a local `$ref` (a schema, a response), followed to what it names. */
function resolveRef<T extends { $ref?: string }>(bundle: BrandBundle, value: T): T {
  let resolved = value;
  for (let hops = 0; resolved.$ref?.startsWith('#/'); hops++) {
    if (hops > 32) throw new Error(`The bundle's $ref ${value.$ref} does not end.`);
    resolved = valueAt(bundle, resolved.$ref) as T;
  }
  return resolved;
}

function valueAt(document: unknown, ref: string): unknown {
  let value = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  if (value === undefined) throw new Error(`The bundle has nothing at ${ref}.`);
  return value;
}

/** The JSON pointer, within the bundle, of an operation's JSON request body schema. */
export function requestSchemaPointer(path: string, method: string): string {
  return `#/paths/${pointerSegment(path)}/${method}/requestBody/content/${pointerSegment(jsonMediaType)}/schema`;
}

/** The operation's one 2xx response: its status and, when it has a JSON body, the body's schema. */
export function successResponseOf(bundle: BrandBundle, operation: Operation): { status: number; schema?: Schema } {
  const [status, response] = Object.entries(operation.responses).find(([code]) => /^2\d\d$/.test(code)) ?? [];
  if (!status) throw new Error(`Operation ${operation.operationId} has no 2xx response.`);
  const schema = (response as MediaTypes).content?.[jsonMediaType]?.schema;
  return { status: Number(status), schema: schema && resolveSchema(bundle, schema) };
}

export function requestSchemaOf(bundle: BrandBundle, path: string, method: string): Schema {
  return resolveSchema(bundle, { $ref: requestSchemaPointer(path, method) });
}

/** Each property's `default`, as the request schema declares them (through `$ref`s, which ajv's useDefaults skips). */
export function defaultsOf(bundle: BrandBundle, schema: Schema): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const resolved = resolveSchema(bundle, property);
    const value = property.default ?? resolved.default;
    if (value !== undefined) defaults[name] = value;
  }
  return defaults;
}
