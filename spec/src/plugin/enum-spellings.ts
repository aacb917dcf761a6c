/**
 * Enums the API takes in more than one spelling, listed once in the sources: a request's country code may be `LT` or
 * `lt`, while the codes the API returns in parsed data are upper case.
 */

const ALSO_LOWER_CASE_OF = 'x-also-lower-case-of';

/**
 * Gives each schema marked `x-also-lower-case-of: <Name>` the string enum of the schema `Name`, each value followed
 * by its lower-case spelling: the list is written once, in `Name`. The marker is an instruction to the build and
 * leaves the bundle.
 */
export function spellAlsoInLowerCase(schemas: Record<string, Record<string, unknown>>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    if (!(ALSO_LOWER_CASE_OF in schema)) continue;
    const { [ALSO_LOWER_CASE_OF]: of, ...keywords } = schema;
    const values = typeof of === 'string' ? schemas[of]?.enum : undefined;
    if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
      throw new Error(`${name}: \`${ALSO_LOWER_CASE_OF}\` must name a schema of the spec with a string \`enum\`.`);
    }
    const lower = values.map((value) => value.toLowerCase());
    schemas[name] = { ...keywords, enum: [...new Set([...values, ...lower])] };
  }
}
