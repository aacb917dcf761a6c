/** Enums the API takes in more than one spelling, listed once in the sources (country codes: `LT` and `lt`). */

const ALSO_LOWER_CASE = 'x-also-lower-case';

/**
 * Adds the lower-case spelling of each value to the enum of every schema marked `x-also-lower-case: true`. The marker
 * is an instruction to the build and leaves the bundle.
 */
export function spellAlsoInLowerCase(schemas: Record<string, Record<string, unknown>>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    if (!(ALSO_LOWER_CASE in schema)) continue;
    const { [ALSO_LOWER_CASE]: marker, ...keywords } = schema;
    const values = keywords.enum;
    if (marker !== true || !Array.isArray(values) || !values.every((value) => typeof value === 'string')) {
      throw new Error(`${name}: \`${ALSO_LOWER_CASE}: true\` needs a string \`enum\`.`);
    }
    const lower = values.map((value) => value.toLowerCase());
    schemas[name] = { ...keywords, enum: [...new Set([...values, ...lower])] };
  }
}
