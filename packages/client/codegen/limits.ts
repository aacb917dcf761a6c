/**
 * The limits every runtime applies to a reply, each in this one home: the client's `src/generated/limits.ts`, the
 * PHP, Python and Go kits' constants, and the shared corpus (which tests them) are generated from it.
 */

/** How many characters a result keeps of each text it takes from a reply, after masking. */
export const TEXT_LIMIT = 4096;
/** How many bytes of a body, counted after content decoding, are read; a longer body is `too-large`. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The shortest API secret accepted, in characters (code points): a shorter one could not be masked usefully. */
export const MIN_SECRET_LENGTH = 8;
/** How deep arrays and objects may nest in a body the kits parse; deeper is `not-json` there. */
export const MAX_DEPTH = 512;
/** How many characters of a secret one regex of the masker matches (engines refuse longer patterns). */
export const MASK_CHUNK = 128;

export interface Limit {
  /** The constant's name in TypeScript, PHP and Python; Go's is `goName`. */
  readonly name: string;
  readonly goName: string;
  readonly value: number;
  /** What the constant means, for its doc comment in every language. */
  readonly doc: string;
  /** Whether the TypeScript client has the limit (it parses JSON of any depth). */
  readonly client: boolean;
}

export const limits: readonly Limit[] = [
  {
    name: 'TEXT_LIMIT',
    goName: 'TextLimit',
    value: TEXT_LIMIT,
    doc: 'How many characters a result keeps of each text it takes from a reply (message, identifier, request id, content type, body), after masking.',
    client: true,
  },
  {
    name: 'MAX_BODY_BYTES',
    goName: 'MaxBodyBytes',
    value: MAX_BODY_BYTES,
    doc: 'How many bytes of a body are read, counted after content decoding; a longer body is an unexpected response, `too-large`.',
    client: true,
  },
  {
    name: 'MIN_SECRET_LENGTH',
    goName: 'MinSecretLength',
    value: MIN_SECRET_LENGTH,
    doc: 'The shortest API secret accepted, in characters (code points): a shorter one could not be masked usefully.',
    client: true,
  },
  {
    name: 'MAX_DEPTH',
    goName: 'MaxDepth',
    value: MAX_DEPTH,
    doc: "How deep arrays and objects may nest in a body the kits parse (PHP's and Python's parsers are bounded); deeper is `not-json`. The TypeScript client parses any depth.",
    client: false,
  },
  {
    name: 'MASK_CHUNK',
    goName: 'MaskChunk',
    value: MASK_CHUNK,
    doc: 'How many characters (code points) of a secret one regex of the masker matches: a longer secret is matched chunk after chunk, each where the one before ended, as regex engines refuse the pattern of a secret of a few thousand characters.',
    client: true,
  },
];

/** The client's module of the limits it applies. */
export function renderLimitsModule(): string {
  return limits
    .filter((limit) => limit.client)
    .map((limit) => `/** ${limit.doc} */\nexport const ${limit.name} = ${limit.value};\n`)
    .join('');
}
