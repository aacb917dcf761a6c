/**
 * The run-time check of an error body, compiled from the bundle's `ErrorResponse` schema into a few `typeof` tests,
 * so the client does not ship a JSON Schema validator. It covers what the schema requires (an object with its
 * required properties of their primitive types; other properties are allowed) and fails generation on any
 * keyword it cannot compile. The identifier's enum is left to the catalog on purpose: an identifier the brand
 * does not know is a well-formed error body that the client reports as `unknown-api-error`.
 */
import { type BrandBundle, resolveRef, type SchemaObject } from '@error-contract/spec/bundle';
import { str } from './literal.ts';

interface Schema extends SchemaObject {
  type?: string | string[];
  required?: string[];
  properties?: Record<string, Schema>;
}

const PRIMITIVES = new Set(['string', 'number', 'boolean']);
/** Keywords that do not constrain a value, or that the check implements. */
const UNDERSTOOD = new Set(['$ref', 'type', 'enum', 'required', 'properties', 'title', 'description', 'examples']);

function assertUnderstood(where: string, schema: Schema): void {
  for (const keyword of Object.keys(schema)) {
    if (!UNDERSTOOD.has(keyword) && !keyword.startsWith('x-')) {
      throw new Error(`${where}: the error-body check cannot compile the keyword "${keyword}".`);
    }
  }
}

export function renderErrorBodyModule(bundle: BrandBundle): string {
  const schema = bundle.components.schemas.ErrorResponse as Schema | undefined;
  if (!schema) throw new Error('The bundle has no components.schemas.ErrorResponse.');
  assertUnderstood('ErrorResponse', schema);
  if (schema.type !== 'object') throw new Error('ErrorResponse must be `type: object`.');
  // The runtime's ApiError and UnknownApiError promise both as strings (src/brand.ts ErrorBody, src/result.ts):
  // a spec that makes one optional needs those types changed first, not a check that no longer fits them.
  for (const name of ['identifier', 'message']) {
    if (!schema.required?.includes(name)) {
      throw new Error(
        `ErrorResponse must require "${name}": the client's ApiError carries it as a string (packages/client/src/result.ts).`,
      );
    }
  }
  const fields = (schema.required ?? []).map((name) => {
    const property = schema.properties?.[name];
    if (!property) throw new Error(`ErrorResponse requires "${name}" but does not define it.`);
    const resolved = resolveRef(bundle, property);
    assertUnderstood(`ErrorResponse.${name}`, resolved);
    if (typeof resolved.type !== 'string' || !PRIMITIVES.has(resolved.type)) {
      throw new Error(`ErrorResponse.${name} must have one primitive type (string, number or boolean).`);
    }
    return { name, type: resolved.type };
  });
  const shape = fields.map(({ name, type }) => `${str(name)}: ${type}`).join('; ');
  const checks = fields.map(({ name, type }) => ` && typeof value[${str(name)}] === ${str(type)}`).join('');
  return `import { isJsonObject } from "../../brand.ts";

/**
 * Whether a parsed body has the shape of components.schemas.ErrorResponse: an object whose ${fields.map(({ name, type }) => `\`${name}\` is a ${type}`).join(' and ')}.
 * Other properties are allowed. Whether the identifier is one the brand knows is for the catalog to say.
 */
export function isErrorBody(value: unknown): value is { ${shape} } {
  return isJsonObject(value)${checks};
}
`;
}
