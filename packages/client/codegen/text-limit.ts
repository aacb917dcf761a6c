/**
 * How many characters of each text a result takes from a reply (message, identifier, request id, content type, body)
 * every runtime keeps. This is the one value: the client's `TEXT_LIMIT` and the PHP, Python and Go kits' constants
 * are generated from it.
 */
export const TEXT_LIMIT = 4096;

export function renderTextLimitModule(): string {
  return `/** How many characters a result keeps of each text it takes from a response (body, message, identifier, headers). */
export const TEXT_LIMIT = ${TEXT_LIMIT};
`;
}
