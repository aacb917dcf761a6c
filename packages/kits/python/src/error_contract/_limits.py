# Generated from packages/client/codegen/limits.ts by packages/kits/codegen. Do not edit: run `pnpm generate`.
"""The limits every runtime applies to a reply."""

from typing import Final

#: How many characters a result keeps of each text it takes from a reply (message, identifier, request id, content
#: type, body), after masking.
TEXT_LIMIT: Final = 4096

#: How many bytes of a body are read, counted after content decoding; a longer body is an unexpected response,
#: `too-large`.
MAX_BODY_BYTES: Final = 1048576

#: The shortest API secret accepted, in characters (code points): a shorter one could not be masked usefully.
MIN_SECRET_LENGTH: Final = 8

#: How deep arrays and objects may nest in a body the kits parse (PHP's and Python's parsers are bounded); deeper is
#: `not-json`. The TypeScript client parses any depth.
MAX_DEPTH: Final = 512

#: How many characters (code points) of a secret one regex of the masker matches: a longer secret is matched chunk
#: after chunk, each where the one before ended, as regex engines refuse the pattern of a secret of a few thousand
#: characters.
MASK_CHUNK: Final = 128
