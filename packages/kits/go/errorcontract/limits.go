// Generated from packages/client/codegen/limits.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.

package errorcontract

// TextLimit: How many characters a result keeps of each text it takes from a reply (message, identifier, request id,
// content type, body), after masking.
const TextLimit = 4096

// MaxBodyBytes: How many bytes of a body are read, counted after content decoding; a longer body is an unexpected
// response, `too-large`.
const MaxBodyBytes = 1048576

// MinSecretLength: The shortest API secret accepted, in characters (code points): a shorter one could not be masked
// usefully.
const MinSecretLength = 8

// MaxDepth: How deep arrays and objects may nest in a body the kits parse (PHP's and Python's parsers are bounded);
// deeper is `not-json`. The TypeScript client parses any depth.
const MaxDepth = 512

// MaskChunk: How many characters (code points) of a secret one regex of the masker matches: a longer secret is
// matched chunk after chunk, each where the one before ended, as regex engines refuse the pattern of a secret of a
// few thousand characters.
const MaskChunk = 128
