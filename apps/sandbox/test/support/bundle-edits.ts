/**
 * Spec changes made to a copy of a built brand bundle the way the spec's brand decorator publishes them (the
 * identifier's enum value, catalog entry, named example and each operation's 400 examples), so a test can serve a
 * changed spec without rebuilding it.
 */
import type { BrandBundle, CatalogEntry } from '@error-contract/spec/catalog';

type Entry = Omit<CatalogEntry, 'identifier'>;

interface ErrorResponseObject {
  headers?: Record<string, unknown>;
  content?: Record<string, { examples?: Record<string, unknown> }>;
}

/** What the real iDenfy API later documented, as the API team would add it to the spec. */
export const tooManyRequestsEntry: Entry = {
  explanation: 'Too many requests were sent in a given amount of time.',
  retryable: true,
  docsAnchor: 'TOO_MANY_REQUESTS',
  example: { message: 'Rate limit of 10000 requests per hour exceeded.' },
};

interface IdentifierSchema {
  enum?: string[];
  'x-enumDescriptions'?: Record<string, string>;
  'x-error-catalog'?: Record<string, Entry>;
}

function identifierSchemaOf(bundle: BrandBundle): Required<IdentifierSchema> {
  const schema = bundle.components.schemas.ErrorIdentifier as IdentifierSchema | undefined;
  if (!schema?.enum || !schema['x-enumDescriptions'] || !schema['x-error-catalog']) {
    throw new Error('The bundle has no published ErrorIdentifier.');
  }
  return schema as Required<IdentifierSchema>;
}

function errorResponses(bundle: BrandBundle): Array<{ operationId: string; response: ErrorResponseObject }> {
  return Object.values(bundle.paths).flatMap((item) =>
    Object.values(item).flatMap((operation) => {
      const response = operation.responses['400'] as ErrorResponseObject | undefined;
      return response ? [{ operationId: operation.operationId, response }] : [];
    }),
  );
}

/** A copy of the bundle whose catalog also has `identifier`, last, with a brand-resolved entry. */
export function withIdentifier(bundle: BrandBundle, identifier: string, entry: Entry): BrandBundle {
  const copy = structuredClone(bundle);
  const schema = identifierSchemaOf(copy);
  if (schema.enum.includes(identifier)) throw new Error(`The bundle already has ${identifier}.`);
  schema.enum.push(identifier);
  schema['x-enumDescriptions'][identifier] = entry.explanation;
  schema['x-error-catalog'][identifier] = entry;
  const example = { summary: identifier, description: entry.explanation, value: { identifier, ...entry.example } };
  copy.components.examples = Object.assign(copy.components.examples ?? {}, { [identifier]: example });
  for (const { operationId, response } of errorResponses(copy)) {
    const examples = response.content?.['application/json']?.examples;
    if (examples && (entry.operations ?? [operationId]).includes(operationId)) {
      examples[identifier] = { $ref: `#/components/examples/${identifier}` };
    }
  }
  return copy;
}

/** A copy of the bundle without `identifier`, whether or not it had it. */
export function withoutIdentifier(bundle: BrandBundle, identifier: string): BrandBundle {
  const copy = structuredClone(bundle);
  const schema = identifierSchemaOf(copy);
  schema.enum = schema.enum.filter((each) => each !== identifier);
  delete schema['x-enumDescriptions'][identifier];
  delete schema['x-error-catalog'][identifier];
  delete copy.components.examples?.[identifier];
  for (const { response } of errorResponses(copy))
    delete response.content?.['application/json']?.examples?.[identifier];
  return copy;
}

/** A copy of the bundle whose every error (400) response also declares the header `name`. */
export function withErrorHeader(bundle: BrandBundle, name: string, header: unknown): BrandBundle {
  const copy = structuredClone(bundle);
  for (const { response } of errorResponses(copy)) response.headers = { ...response.headers, [name]: header };
  return copy;
}
