/** How spec names become names in each language; a name no language can hold stops the generation. */

export function checkIdentifier(brand: string, identifier: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(identifier)) {
    throw new Error(
      `${brand}: identifier ${JSON.stringify(identifier)} is not UPPER_SNAKE_CASE; the kits cannot name it.`,
    );
  }
  return identifier;
}

export function checkBrand(brand: string): string {
  if (!/^[a-z][a-z0-9]*$/.test(brand)) throw new Error(`Brand id ${JSON.stringify(brand)} is not a lower-case name.`);
  return brand;
}

/** Words Go writes in capitals (Effective Go: "ServeHTTP", not "ServeHttp"). */
const initialisms = new Set(['API', 'HTTP', 'ID', 'JSON', 'URL', 'UTF']);

/** A Go name: `INTERNAL_ERROR` → `InternalError`, `JSON_ERROR` → `JSONError`. */
export const camel = (identifier: string): string =>
  identifier
    .split('_')
    .map((word) => (initialisms.has(word) ? word : word.charAt(0) + word.slice(1).toLowerCase()))
    .join('');

/** `markid` → `Markid`. */
export const phpNamespace = (brand: string): string => brand.charAt(0).toUpperCase() + brand.slice(1);

/** A double-quoted string literal of Python and Go (JSON's escapes are theirs too). */
export const quoted = (value: string): string => JSON.stringify(value);

/** A single-quoted PHP string literal. */
export const phpQuoted = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
