/**
 * Typed reading of a brand bundle (a bundled OpenAPI 3.1 document): its operations, local `$ref`s,
 * JSON pointers (RFC 6901) and request examples. Every package that reads a bundle reads it through here (and
 * loads one with `loadBundle` of ./workspace.ts). Pure functions of a document: the Redocly plugin is built from them.
 */

/** An operation's `x-effect`: only `read` operations are safe to send twice. */
export type Effect = 'read' | 'create' | 'consume' | 'delete';
export const effects: readonly Effect[] = ['read', 'create', 'consume', 'delete'];

/** The fixed fields of a Path Item Object that are operations (OpenAPI 3.1, 4.8.9.1). */
export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type SchemaObject = { readonly [keyword: string]: unknown };

interface MediaType {
  schema?: SchemaObject;
  examples?: Record<string, unknown>;
}

export interface Operation {
  operationId: string;
  'x-effect': Effect;
  requestBody?: { required?: boolean; content?: Record<string, MediaType> };
  responses: Record<string, unknown>;
  [keyword: string]: unknown;
}

/** An operation with where it lives: `{ path: '/api/v2/token', method: 'post', … }`. */
export type LocatedOperation = Operation & { path: string; method: HttpMethod };

export interface Server {
  url: string;
  description?: string;
  'x-brand': string;
  'x-brand-name': string;
  [keyword: string]: unknown;
}

/** The parts of a bundled OpenAPI document the contract tooling reads. */
export interface BrandBundle {
  openapi: string;
  info: { title: string; version: string; [keyword: string]: unknown };
  /** The root of the brand's hosted docs site. */
  externalDocs: { url: string; description?: string };
  servers: Server[];
  paths: Record<string, Partial<Record<HttpMethod, Operation>> & Record<string, unknown>>;
  components: {
    schemas: Record<string, SchemaObject>;
    examples?: Record<string, { value: unknown; summary?: string; description?: string }>;
    [kind: string]: unknown;
  };
}

export const jsonMediaType = 'application/json';

/** Every operation of the bundle, in document order; a path item's other fields (`parameters`, …) are not. */
export function operationsOf(bundle: BrandBundle): LocatedOperation[] {
  return Object.entries(bundle.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ ...operation, path, method }] : [];
    }),
  );
}

export function operationById(bundle: BrandBundle, operationId: string): LocatedOperation {
  const operation = operationsOf(bundle).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`The bundle has no operation ${operationId}.`);
  return operation;
}

/** A JSON pointer segment, escaped as RFC 6901 says. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** A URI-fragment JSON pointer from unescaped segments: `pointer('paths', '/api/v2/token')` is `#/paths/~1api~1v2~1token`. */
export function pointer(...segments: string[]): string {
  return `#${segments.map((segment) => `/${pointerSegment(segment)}`).join('')}`;
}

/** What a URI-fragment JSON pointer (`#/components/schemas/Name`) names in the document; undefined if nothing. */
export function valueAt(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) return undefined;
  let value: unknown = document;
  for (const token of ref.slice(2).split('/')) {
    const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The value with its local `$ref` followed to what it names; OpenAPI 3.1 allows keywords beside `$ref` in a
 * schema, and they win over the target's. `refs` lists the refs followed, which is how recursion is noticed:
 * a cycle stops at the first repeated ref.
 */
export function followRefs<T>(document: unknown, value: T): { value: T; refs: string[] } {
  const refs: string[] = [];
  let current: unknown = value;
  while (typeof current === 'object' && current !== null && typeof (current as { $ref?: unknown }).$ref === 'string') {
    const { $ref: ref, ...siblings } = current as { $ref: string };
    if (refs.includes(ref)) break;
    const target = valueAt(document, ref);
    if (target === undefined) throw new Error(`Cannot resolve $ref ${ref}.`);
    refs.push(ref);
    // A boolean schema: `false` rejects everything whatever is beside it; `true` leaves only the siblings.
    if (target === false || target === true) current = target || siblings;
    else current = typeof target === 'object' && target !== null ? { ...target, ...siblings } : target;
  }
  return { value: current as T, refs };
}

/** The value with its local `$ref`s followed (see followRefs). */
export function resolveRef<T>(document: unknown, value: T): T {
  return followRefs(document, value).value;
}

/** Pointer of the JSON request body schema of an operation. */
export function requestSchemaPointer(operation: LocatedOperation): string {
  return pointer('paths', operation.path, operation.method, 'requestBody', 'content', jsonMediaType, 'schema');
}

/**
 * Pointer of a place inside one of an operation's responses: `responsePointer(operation, '400', 'headers')`. A
 * response that is a local `$ref` (operations that can return the same identifiers share one 400 component) is
 * pointed at where it lives, since a JSON pointer does not pass through a `$ref`.
 */
export function responsePointer(operation: LocatedOperation, status: string, ...within: string[]): string {
  const { $ref: ref } = (operation.responses[status] ?? {}) as { $ref?: unknown };
  const response =
    typeof ref === 'string' && ref.startsWith('#/')
      ? ref
      : pointer('paths', operation.path, operation.method, 'responses', status);
  return `${response}${pointer(...within).slice(1)}`;
}

/** Pointer of the body schema (JSON by default) of one of an operation's responses. */
export function responseSchemaPointer(operation: LocatedOperation, status: string, mediaType = jsonMediaType): string {
  return responsePointer(operation, status, 'content', mediaType, 'schema');
}

/** The JSON request body schema of the operation, its `$ref`s followed; undefined when it takes no JSON body. */
export function requestSchemaOf(bundle: BrandBundle, operation: Operation): SchemaObject | undefined {
  const schema = operation.requestBody?.content?.[jsonMediaType]?.schema;
  return schema && resolveRef(bundle, schema);
}

/**
 * The operation's request example: the first of its request schema's `examples`, a valid request by the spec's
 * own lint (`no-invalid-schema-examples`). Tests and code samples send it; nothing restates a request by hand.
 */
export function requestExampleOf(bundle: BrandBundle, operation: Operation): Record<string, unknown> {
  const examples = requestSchemaOf(bundle, operation)?.examples;
  const example = Array.isArray(examples) ? examples[0] : undefined;
  if (typeof example !== 'object' || example === null) {
    throw new Error(`${operation.operationId}: its request schema has no example object under \`examples\`.`);
  }
  return structuredClone(example) as Record<string, unknown>;
}

/** The operation's 2xx response: its status and its JSON body schema (`$ref`s followed), if it has one. */
export function successResponseOf(
  bundle: BrandBundle,
  operation: Operation,
): { status: number; schema?: SchemaObject } {
  const [status, response] = Object.entries(operation.responses).find(([code]) => /^2\d\d$/.test(code)) ?? [];
  if (!status) throw new Error(`Operation ${operation.operationId} has no 2xx response.`);
  const schema = resolveRef(bundle, response as { content?: Record<string, MediaType> }).content?.[jsonMediaType]
    ?.schema;
  return { status: Number(status), schema: schema && resolveRef(bundle, schema) };
}

/** A Response Object, as far as the contract tooling reads it. */
export interface ResponseObject {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaType>;
}

/** The operation's standard error response (its 400), its `$ref` followed to the component it shares. */
export function errorResponseOf(bundle: BrandBundle, operation: Operation): ResponseObject {
  const response = operation.responses['400'];
  if (typeof response !== 'object' || response === null) {
    throw new Error(`Operation ${operation.operationId} has no 400 response.`);
  }
  return resolveRef(bundle, response as ResponseObject);
}

/**
 * The identifiers the operation declares it can return: the names of its 400's JSON examples, which is how Redoc
 * shows them. The bundle's catalog (`operations`, absent for every operation) says the same in a machine's terms.
 */
export function declaredIdentifiersOf(bundle: BrandBundle, operation: Operation): string[] {
  return Object.keys(errorResponseOf(bundle, operation).content?.[jsonMediaType]?.examples ?? {});
}

/** The one response header of the standard error (400) that carries the request id, the same on every operation. */
export function requestIdHeaderOf(bundle: BrandBundle): string {
  const names = new Set(
    operationsOf(bundle).flatMap((operation) =>
      Object.keys(
        resolveRef(bundle, operation.responses['400'] as { headers?: Record<string, unknown> } | undefined)?.headers ??
          {},
      ).filter((name) => /request-?id/i.test(name)),
    ),
  );
  const [name, ...others] = names;
  if (!name || others.length > 0) {
    throw new Error(`Expected one request id header on the 400 responses, found: ${[...names].join(', ') || 'none'}.`);
  }
  return name;
}
