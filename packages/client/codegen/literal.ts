/** How the generators write values into TypeScript source, so every generated module reads alike. */

/** A string literal (JSON quoting is valid TypeScript and escapes everything that needs it). */
export const str = (value: string): string => JSON.stringify(value);

/** An object key: bare when it is an identifier, quoted otherwise. */
export const key = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : str(name));
