/**
 * One line of a red result. Every check returns a list of these: the brand and what drifted (an identifier, an
 * operation, a page), then the expected versus the actual value, e.g.
 * `markid: identifier TOKEN_NOT_VALID: expected status 400, got 500`.
 */
export function problem(where: string, expected: string, actual: string): string {
  return `${where}: expected ${expected}, got ${actual}`;
}

/** A value as it reads in a message: strings quoted, the rest as JSON, long values cut. */
export function shown(value: unknown, max = 160): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
