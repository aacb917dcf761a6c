/** Local `$ref`s of a bundled OpenAPI document (`#/components/schemas/Name`), followed to the schema they name. */

export type SchemaObject = { readonly [keyword: string]: unknown };
export type JsonSchema = boolean | SchemaObject;
export type Resolver = (ref: string) => JsonSchema | undefined;

/** Resolves JSON Pointer refs inside one document, e.g. `#/components/schemas/ErrorIdentifier`. */
export function resolverOf(document: unknown): Resolver {
  return (ref) => {
    if (!ref.startsWith('#/')) return undefined;
    let node: unknown = document;
    for (const token of ref.slice(2).split('/')) {
      const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[key];
    }
    return typeof node === 'boolean' || (typeof node === 'object' && node !== null) ? (node as JsonSchema) : undefined;
  };
}

/**
 * The schema with its `$ref` replaced by the target; OpenAPI 3.1 allows keywords beside `$ref`, and they
 * win over the target's. `refs` lists the refs followed, which is how recursion is noticed.
 */
export function resolveRefs(schema: JsonSchema, resolve: Resolver): { schema: JsonSchema; refs: string[] } {
  const refs: string[] = [];
  let current = schema;
  while (typeof current === 'object' && typeof current.$ref === 'string') {
    const { $ref: ref, ...siblings } = current;
    if (refs.includes(ref)) break;
    const target = resolve(ref);
    if (target === undefined) throw new Error(`Cannot resolve $ref ${ref}.`);
    refs.push(ref);
    current = target === false ? false : { ...(target === true ? {} : target), ...siblings };
  }
  return { schema: current, refs };
}
