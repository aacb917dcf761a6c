// Generated from packages/client/codegen/limits.ts by packages/client/codegen. Do not edit: run `pnpm generate`.

/** How many characters a result keeps of each text it takes from a reply (message, identifier, request id, content type, body), after masking. */
export const TEXT_LIMIT = 4096;
/** How many bytes of a body are read, counted after content decoding; a longer body is an unexpected response, `too-large`. */
export const MAX_BODY_BYTES = 1048576;
/** The shortest API secret accepted, in characters (code points): a shorter one could not be masked usefully. */
export const MIN_SECRET_LENGTH = 8;
/** How many characters (code points) of a secret one regex of the masker matches: a longer secret is matched chunk after chunk, each where the one before ended, as regex engines refuse the pattern of a secret of a few thousand characters. */
export const MASK_CHUNK = 128;
