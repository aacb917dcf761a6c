/**
 * The corpus cases of one brand: every example of every identifier, the identifiers of other brands, and the
 * malformed, unknown and hostile replies the TypeScript client's tests cover. Whether an identifier is known is
 * always decided by the brand's catalog, so adding an identifier to the spec changes the expected outcomes.
 */

import {
  DOUBLE_REQUEST_ID,
  type loadMasking,
  MAX_BODY_BYTES,
  MAX_DEPTH,
  MIN_SECRET_LENGTH,
  TEXT_LIMIT,
} from '@error-contract/client/codegen';
import type { BrandFacts } from './brand.ts';
import type { BodyPart, CorpusCase, CorpusCredentials, CorpusReply, Outcome } from './corpus.ts';

/**
 * The credentials the cases answer, by name: a canary whose Basic value holds a `/` (so `\/` is tested too), a
 * secret with a quote, a backslash and a tab, one of emoji only (8 code points, 16 UTF-16 units), one in Latin-1
 * beyond ASCII (its Basic value differs in UTF-8 and Latin-1), and one longer than twice the text cut.
 */
const CREDENTIALS = {
  canary: { apiKey: 'corpus-key', apiSecret: 'canary-secret-0?' },
  escapes: { apiKey: 'corpus-key', apiSecret: 'q"uote\\back\tslash/7' },
  emoji: { apiKey: 'corpus-key', apiSecret: '🔑🙈🙉🙊💥✨🔥🌶' },
  latin1: { apiKey: 'corpus-key', apiSecret: 'pässwörd-ÿ-42' },
  long: { apiKey: 'corpus-key', apiSecret: `${'L0ng-s3cret/'.repeat(760)}end` },
} as const;
type CredentialName = keyof typeof CREDENTIALS;

const isLatin1 = (text: string) => /^[\0-\xff]*$/.test(text);

/** Each form of a credential, worked out apart from the masker: the secret, its Basic value, base64 of it alone. */
function formsOf({ apiKey, apiSecret }: { apiKey: string; apiSecret: string }): string[] {
  const forms = [apiSecret];
  for (const text of [`${apiKey}:${apiSecret}`, apiSecret]) {
    forms.push(Buffer.from(text, 'utf8').toString('base64'));
    if (isLatin1(text)) forms.push(Buffer.from(text, 'latin1').toString('base64'));
  }
  return [...new Set(forms)];
}

const jsonEscaped = (text: string) => JSON.stringify(text).slice(1, -1);
/** Every character as a JSON `\\uXXXX` escape: the text parses to the value but never contains it literally. */
const escapeAll = (value: string) =>
  value
    .split('')
    .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/** The ways a server echoes a text: as it is, JSON-escaped (as JavaScript and PHP write it), twice, percent-encoded. */
const echoes: Record<string, (text: string) => string> = {
  plain: (text) => text,
  json: jsonEscaped,
  php: (text) => jsonEscaped(text).replaceAll('/', '\\/'),
  unicode: escapeAll,
  twice: (text) => jsonEscaped(jsonEscaped(text)),
  percent: encodeURIComponent,
};

/** The credentials of the corpus, each with its leak probes. */
export function credentialSets(): Record<string, CorpusCredentials> {
  return Object.fromEntries(
    Object.entries(CREDENTIALS).map(([name, credential]) => {
      // A form's first 64 characters are enough to show a leak, and keep the probes of a long secret short.
      const probes = formsOf(credential).flatMap((form) =>
        Object.values(echoes).map((echo) => echo([...form].slice(0, 64).join(''))),
      );
      return [name, { ...credential, leakProbes: [...new Set(probes)] }];
    }),
  );
}

/** Secrets each runtime must accept or refuse alike: `MIN_SECRET_LENGTH` code points, not UTF-16 units. */
export const secretChecks = [
  'x'.repeat(MIN_SECRET_LENGTH - 1),
  'x'.repeat(MIN_SECRET_LENGTH),
  '😀'.repeat(MIN_SECRET_LENGTH / 2),
  '😀'.repeat(MIN_SECRET_LENGTH),
  'q"\\\t/é€',
  'q"\\\t/é€!',
  '',
].map((apiSecret) => ({ apiSecret, accepted: [...apiSecret].length >= MIN_SECRET_LENGTH }));

const { apiKey: KEY, apiSecret: secret } = CREDENTIALS.canary;
/** The canary's Basic value; it contains a `/`, which JSON may escape as `\\/`. */
const token = Buffer.from(`${KEY}:${secret}`).toString('base64');

/** The test doubles' request id, so that each double's reply is one of the cases. */
const REQUEST_ID = DOUBLE_REQUEST_ID;
const JSON_TYPE = 'application/json';
const HTML_502 = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
/** Large enough to show that nothing is cut before classifying, under the read limit. */
const HUGE = 900_000;

const text = (value: string, repeat?: number): BodyPart =>
  repeat === undefined ? { text: value } : { text: value, repeat };
const bytes = (...values: Array<number[] | string>): BodyPart => ({
  base64: Buffer.concat(
    values.map((value) => (typeof value === 'string' ? Buffer.from(value) : Buffer.from(value))),
  ).toString('base64'),
});

const bodyOf = (parts: BodyPart[]) =>
  Buffer.concat(
    parts.map((part) =>
      'base64' in part ? Buffer.from(part.base64, 'base64') : Buffer.from(part.text.repeat(part.repeat ?? 1), 'utf8'),
    ),
  );

/**
 * The first TEXT_LIMIT characters of a text; the generation stops if that would differ between the TypeScript client
 * (which counts UTF-16 units) and the kits (which count code points).
 */
function cut(value: string): string {
  const kept = value.slice(0, TEXT_LIMIT);
  // The first TEXT_LIMIT code points lie within the first 2 × TEXT_LIMIT units: the rest of a megabyte body is not
  // split into code points.
  const codePoints = [...value.slice(0, 2 * TEXT_LIMIT)].slice(0, TEXT_LIMIT).join('');
  if (kept !== codePoints) throw new Error('A corpus text whose cut differs by runtime.');
  return kept;
}

/** An outcome without its body, which `finish` works out from the reply. */
type Want = Outcome extends infer Full ? (Full extends Outcome ? Omit<Full, 'body'> : never) : never;

/** What a case adds when its reply echoes a credential: whose, and each text the body holds that the masker hides. */
interface Echo {
  credentials?: CredentialName;
  echoed?: string[];
}

/** A case before its expected body is worked out. */
interface Draft extends Echo {
  name: string;
  reply: CorpusReply;
  want: Want;
}

/**
 * The case with its expected body: the body's text decoded as TextDecoder does (one byte order mark dropped, each bad
 * sequence U+FFFD; past the read limit, its first MAX_BODY_BYTES bytes), each echo replaced by `***`, then cut. The
 * client's masker must agree, or the generation stops.
 */
function finish(
  { name, reply, want, credentials = 'canary', echoed = [] }: Draft,
  maskerOf: (credentials: CredentialName) => (text: string) => string,
): CorpusCase {
  const raw = bodyOf(reply.body);
  let body = new TextDecoder().decode(raw.subarray(0, MAX_BODY_BYTES));
  for (const sent of echoed) body = body.replaceAll(sent, '***');
  const masked = maskerOf(credentials)(new TextDecoder().decode(raw.subarray(0, MAX_BODY_BYTES)));
  if (masked !== body) throw new Error(`${name}: the masker leaves ${JSON.stringify(masked.slice(0, 200))}.`);
  return { name, credentials, reply, want: { ...want, body: cut(body) } as Outcome };
}

/** The client's masking module, whose masker the expected bodies are checked against. */
export type Masking = Awaited<ReturnType<typeof loadMasking>>;

/** A case as the list below writes it: its name, the reply, the outcome without its body, and what it echoes. */
type Case = [name: string, reply: CorpusReply, want: Want, echo?: Echo];

export function casesFor(facts: BrandFacts, otherBrandsIdentifiers: readonly string[], masking: Masking): CorpusCase[] {
  const known = new Map(facts.identifiers.map((entry) => [entry.identifier, entry]));
  const maskerOf = maskersOf(masking);

  const headers = (contentType: string | null, requestId: string | null = REQUEST_ID): Array<[string, string]> => [
    ...(contentType === null ? [] : [['Content-Type', contentType] as [string, string]]),
    ...(requestId === null ? [] : [[facts.requestIdHeader, requestId] as [string, string]]),
  ];
  const reply = (
    status: number,
    body: BodyPart[],
    contentType: string | null = JSON_TYPE,
    requestId?: string | null,
  ) => ({
    status,
    headers: headers(contentType, requestId),
    body,
  });
  const json = (status: number, value: unknown): CorpusReply => reply(status, [text(JSON.stringify(value))]);

  /** A well-formed error body: a standard API error when the brand knows the identifier, else an unknown one. */
  const error = (status: number, identifier: string, message: string, requestId: string | null = REQUEST_ID): Want => {
    const entry = known.get(identifier);
    if (!entry) return { kind: 'unknown-api-error', status, identifier, message, requestId };
    const { explanation, retryable, docsUrl } = entry;
    return { kind: 'api-error', status, identifier, message, explanation, retryable, docsUrl, requestId };
  };
  const unexpected = (
    status: number,
    reason: 'empty-body' | 'not-json' | 'wrong-shape' | 'too-large',
    contentType: string | null = JSON_TYPE,
    requestId: string | null = REQUEST_ID,
  ): Want => ({ kind: 'unexpected-response', status, reason, contentType, requestId });

  const examples: Draft[] = facts.identifiers.flatMap((entry) =>
    entry.examples.map((example, index) => ({
      name: `${entry.identifier}: the spec's example${entry.examples.length > 1 ? ` ${index + 1}` : ''}`,
      reply: json(400, example),
      want: error(400, entry.identifier, String(example.message)),
    })),
  );

  const otherBrands: Draft[] = otherBrandsIdentifiers
    .filter((identifier) => !known.has(identifier))
    .map((identifier) => ({
      name: `${identifier}: another brand's identifier`,
      reply: json(400, { identifier, message: 'Partner reached token limit.' }),
      want: error(400, identifier, 'Partner reached token limit.'),
    }));

  const firstKnown = facts.identifiers[0]?.identifier ?? 'INTERNAL_ERROR';
  const bad = known.has('BAD_VALUE') ? 'BAD_VALUE' : firstKnown;
  const unauthorized = known.has('UNAUTHORIZED') ? 'UNAUTHORIZED' : firstKnown;

  /** A well-formed error body, and the outcome the brand's catalog gives its identifier. */
  const errorBody = (name: string, status: number, identifier: string, message: string): Case => [
    name,
    json(status, { identifier, message }),
    error(status, identifier, message),
  ];
  /** A standard error whose message holds bytes that are not UTF-8, each maximal bad sequence one U+FFFD. */
  const inMessage = (name: string, before: string, raw: number[], after: string, replaced: number): Case => [
    name,
    reply(400, [bytes(`{"identifier":"${bad}","message":"${before}`, raw, `${after}"}`)]),
    error(400, bad, `${before}${'\uFFFD'.repeat(replaced)}${after}`),
  ];

  /** A header list with the request id (and a content type) as given. */
  const withRequestId = (requestId: string, contentType = JSON_TYPE): Array<[string, string]> => [
    ['Content-Type', contentType],
    [facts.requestIdHeader, requestId],
  ];
  const badBody = JSON.stringify({ identifier: bad, message: 'Bad.' });

  /** The forms of item 7 of issue 20 in the texts a server controls, for each kind of credential. */
  function echoCases(): Case[] {
    const escapes = CREDENTIALS.escapes.apiSecret;
    const emoji = CREDENTIALS.emoji.apiSecret;
    const latin1 = CREDENTIALS.latin1;
    const latin1Basic = Buffer.from(`${latin1.apiKey}:${latin1.apiSecret}`, 'latin1').toString('base64');
    const utf8Basic = Buffer.from(`${latin1.apiKey}:${latin1.apiSecret}`, 'utf8').toString('base64');
    const long = CREDENTIALS.long;
    const longBasic = Buffer.from(`${long.apiKey}:${long.apiSecret}`).toString('base64');
    const secretAlone = Buffer.from(secret).toString('base64');
    const phpEscaped = (value: string) => jsonEscaped(value).replaceAll('/', '\\/');
    return [
      [
        'a secret with a quote, a backslash and a tab, JSON-escaped in the message',
        json(400, { identifier: unauthorized, message: `Secret ${escapes} is wrong` }),
        error(400, unauthorized, 'Secret *** is wrong'),
        { credentials: 'escapes', echoed: [jsonEscaped(escapes)] },
      ],
      [
        'a secret with a quote, a backslash and a tab, escaped twice in an extra member',
        json(400, { identifier: bad, message: 'Bad.', detail: jsonEscaped(escapes) }),
        error(400, bad, 'Bad.'),
        { credentials: 'escapes', echoed: [jsonEscaped(jsonEscaped(escapes))] },
      ],
      [
        'a secret with a quote, a backslash and a tab, as it is and percent-encoded in an HTML page',
        reply(502, [text(`<pre>${escapes} ${encodeURIComponent(escapes)}</pre>`)], 'text/html'),
        unexpected(502, 'not-json', 'text/html'),
        { credentials: 'escapes', echoed: [escapes, encodeURIComponent(escapes)] },
      ],
      [
        'a secret with a quote, a backslash and a tab, escaped with \\/ in the request id',
        { status: 400, headers: withRequestId(`req ${phpEscaped(escapes)}`), body: [text(badBody)] },
        error(400, bad, 'Bad.', 'req ***'),
        { credentials: 'escapes' },
      ],
      [
        'a secret of emoji in the message',
        json(400, { identifier: unauthorized, message: `Secret ${emoji}` }),
        error(400, unauthorized, 'Secret ***'),
        { credentials: 'emoji', echoed: [emoji] },
      ],
      [
        'a secret of emoji written with \\u escapes in truncated JSON',
        reply(400, [text(`{"identifier":"${bad}","message":"${escapeAll(emoji)}`)]),
        unexpected(400, 'not-json'),
        { credentials: 'emoji', echoed: [escapeAll(emoji)] },
      ],
      [
        'the Basic value in Latin-1 in the request id, and in UTF-8 in the message',
        {
          status: 400,
          headers: withRequestId(`Basic ${latin1Basic}`),
          body: [text(JSON.stringify({ identifier: unauthorized, message: `Basic ${utf8Basic}` }))],
        },
        error(400, unauthorized, 'Basic ***', 'Basic ***'),
        { credentials: 'latin1', echoed: [utf8Basic] },
      ],
      [
        'a secret in Latin-1 percent-encoded in an HTML page',
        reply(502, [text(`<a href="?s=${encodeURIComponent(latin1.apiSecret)}">retry</a>`)], 'text/html'),
        unexpected(502, 'not-json', 'text/html'),
        { credentials: 'latin1', echoed: [encodeURIComponent(latin1.apiSecret)] },
      ],
      [
        'a secret longer than the text cut in the message, masked whole before the cut',
        json(400, { identifier: unauthorized, message: long.apiSecret }),
        error(400, unauthorized, '***'),
        { credentials: 'long', echoed: [long.apiSecret] },
      ],
      [
        'the Basic value of a secret longer than the text cut in an HTML page',
        reply(502, [text(`<pre>Authorization: Basic ${longBasic}</pre>`)], 'text/html'),
        unexpected(502, 'not-json', 'text/html'),
        { credentials: 'long', echoed: [longBasic] },
      ],
      [
        'the base64 of the secret alone, and the secret percent-encoded, in an HTML page',
        reply(502, [text(`<p>${secretAlone} ${encodeURIComponent(secret)}</p>`)], 'text/html'),
        unexpected(502, 'not-json', 'text/html'),
        { echoed: [secretAlone, encodeURIComponent(secret)] },
      ],
      [
        'the Basic value with / escaped as \\/ in the request id, as literal text',
        { status: 400, headers: withRequestId(`req ${token.replaceAll('/', '\\/')}`), body: [text(badBody)] },
        error(400, bad, 'Bad.', 'req ***'),
      ],
      [
        'a secret written with \\u escapes in an HTML page',
        reply(502, [text(`<pre>${escapeAll(secret)}</pre>`)], 'text/html'),
        unexpected(502, 'not-json', 'text/html'),
        { echoed: [escapeAll(secret)] },
      ],
    ];
  }

  /** The read limit and the nesting limit, at and past their values; headers present but empty, or in Latin-1. */
  function limitCases(): Case[] {
    const head = `{"identifier":"${bad}","message":"Bad.","padding":"`;
    const padded = (size: number) => [text(head), text(' ', size - head.length - 2), text('"}')];
    return [
      ['a body of exactly the read limit', reply(400, padded(MAX_BODY_BYTES)), error(400, bad, 'Bad.')],
      [
        'a body one byte longer than the read limit',
        reply(400, padded(MAX_BODY_BYTES + 1)),
        unexpected(400, 'too-large'),
      ],
      [
        'an HTML page three times the read limit',
        reply(502, [text('<html><body>'), text('<p>upstream</p>', Math.ceil(MAX_BODY_BYTES / 5))], 'text/html'),
        unexpected(502, 'too-large', 'text/html'),
      ],
      [
        `a standard error nested ${MAX_DEPTH} levels deep, the kits' parsing limit`,
        reply(400, [
          text(`{"identifier":"${bad}","message":"Bad.","deep":`),
          text('[', MAX_DEPTH - 1),
          text(']', MAX_DEPTH - 1),
          text('}'),
        ]),
        error(400, bad, 'Bad.'),
      ],
      [
        'two byte order marks: TextDecoder drops the first only',
        reply(400, [bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], badBody)]),
        unexpected(400, 'not-json'),
      ],
      [
        'a request id and a content type that are present but empty',
        { status: 403, headers: withRequestId('', ''), body: [text('Forbidden')] },
        unexpected(403, 'not-json', '', ''),
      ],
      [
        'a request id of Latin-1 bytes, read as fetch reads them',
        { status: 400, headers: withRequestId('caf\u00e9 \u00ff\u00a0end'), body: [text(badBody)] },
        error(400, bad, 'Bad.', 'caf\u00e9 \u00ff\u00a0end'),
      ],
    ];
  }

  const cases: Case[] = [
    // The replies outside the contract that the TypeScript client's tests cover.
    [
      'an HTML 502 page from a proxy',
      reply(502, [text(HTML_502)], 'text/html'),
      unexpected(502, 'not-json', 'text/html'),
    ],
    ['a 400 with an empty body', reply(400, []), unexpected(400, 'empty-body')],
    ['a bare 401 without a body or headers', reply(401, [], null, null), unexpected(401, 'empty-body', null, null)],
    [
      'a bare 402 with a plain text body',
      reply(402, [text('Payment Required')], 'text/plain'),
      unexpected(402, 'not-json', 'text/plain'),
    ],
    ['a bare 403 with JSON that has no identifier', json(403, { detail: 'Forbidden' }), unexpected(403, 'wrong-shape')],
    [
      'an error body whose identifier is not a string',
      json(400, { identifier: 42, message: 'Bad.' }),
      unexpected(400, 'wrong-shape'),
    ],
    ['an error body without a message', json(400, { identifier: bad }), unexpected(400, 'wrong-shape')],
    [
      'an error body whose message is null',
      json(400, { identifier: bad, message: null }),
      unexpected(400, 'wrong-shape'),
    ],
    [
      'an error body that is a JSON array',
      json(400, [{ identifier: bad, message: 'Bad.' }]),
      unexpected(400, 'wrong-shape'),
    ],
    ['an error body that is JSON null', json(400, null), unexpected(400, 'wrong-shape')],
    ['an error body that is a JSON number', json(400, 42), unexpected(400, 'wrong-shape')],
    ['an error body that is JSON true', json(400, true), unexpected(400, 'wrong-shape')],
    ['an error body that is a JSON string', json(400, 'Bad request'), unexpected(400, 'not-json')],
    ['an error body that is the empty JSON string', json(400, ''), unexpected(400, 'empty-body')],
    ['an empty JSON object', json(400, {}), unexpected(400, 'wrong-shape')],
    ['members named in another case', json(400, { Identifier: bad, Message: 'Bad.' }), unexpected(400, 'wrong-shape')],
    ['a truncated JSON error body', reply(400, [text('{"identifier":"BAD_VA')]), unexpected(400, 'not-json')],
    ['a body of whitespace only', reply(400, [text(' \r\n\t ')]), unexpected(400, 'not-json')],
    [
      'JSON followed by more text',
      reply(400, [text(`${JSON.stringify({ identifier: bad, message: 'Bad.' })} trailing`)]),
      unexpected(400, 'not-json'),
    ],
    [
      'JSON with NaN, which JSON does not have',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad.","score":NaN}`)]),
      unexpected(400, 'not-json'),
    ],
    [
      'JSON with a trailing comma',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad.",}`)]),
      unexpected(400, 'not-json'),
    ],
    [
      'JSON with single quotes',
      reply(400, [text(`{'identifier':'${bad}','message':'Bad.'}`)]),
      unexpected(400, 'not-json'),
    ],
    [
      'a raw control character inside a JSON string',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad\u0001."}`)]),
      unexpected(400, 'not-json'),
    ],

    // Unknown identifiers: kept verbatim, never forced into the brand's set.
    [
      'PARTNER_ERROR with the extra members of the documented delete failure',
      json(400, {
        message: 'Token has not expired yet.',
        identifier: 'PARTNER_ERROR',
        documentation: 'https://documentation.example',
        severity: 'NOT_SEVERE',
      }),
      error(400, 'PARTNER_ERROR', 'Token has not expired yet.'),
    ],
    errorBody(
      'TOO_MANY_REQUESTS with status 429',
      429,
      'TOO_MANY_REQUESTS',
      'Limit of 10000 requests per hour reached.',
    ),
    errorBody('VALIDATION_ERROR', 400, 'VALIDATION_ERROR', 'Malformed.'),
    errorBody('an identifier in lower case', 400, bad.toLowerCase(), 'Bad.'),
    errorBody('an identifier with a space before it', 400, ` ${bad}`, 'Bad.'),
    errorBody('the empty identifier', 400, '', 'Bad.'),
    errorBody('the identifier "constructor"', 400, 'constructor', 'Odd.'),
    errorBody('the identifier "__proto__"', 400, '__proto__', 'Odd.'),
    errorBody('the identifier "toString"', 400, 'toString', 'Odd.'),

    // Standard errors in unusual but valid clothing: extra members are ignored (RFC 9457), JSON is JSON.
    [
      'a standard error with extra members of every JSON type',
      json(400, {
        identifier: bad,
        message: 'Bad.',
        documentation: 'https://documentation.example',
        severity: 'NOT_SEVERE',
        details: [{ field: 'country', codes: [1, 2.5, -3e-7] }, null, true],
      }),
      error(400, bad, 'Bad.'),
    ],
    errorBody('a standard error with status 500', 500, bad, 'Bad.'),
    [
      'a standard error with status 401',
      json(401, { identifier: unauthorized, message: 'No.' }),
      error(401, unauthorized, 'No.'),
    ],
    [
      'a standard error without a request id header',
      reply(400, [text(JSON.stringify({ identifier: bad, message: 'Bad.' }))], JSON_TYPE, null),
      error(400, bad, 'Bad.', null),
    ],
    [
      'a standard error whose headers are named in upper case',
      {
        status: 400,
        headers: [
          ['CONTENT-TYPE', 'application/json; charset=utf-8'],
          [facts.requestIdHeader.toUpperCase(), REQUEST_ID],
        ],
        body: [text(JSON.stringify({ identifier: bad, message: 'Bad.' }))],
      },
      error(400, bad, 'Bad.'),
    ],
    [
      'a standard error sent as text/plain',
      reply(400, [text(JSON.stringify({ identifier: bad, message: 'Bad.' }))], 'text/plain'),
      error(400, bad, 'Bad.'),
    ],
    [
      'a standard error with its members in another order',
      reply(400, [text(`{"message":"Bad.","identifier":"${bad}"}`)]),
      error(400, bad, 'Bad.'),
    ],
    [
      'a standard error with whitespace around and inside',
      reply(400, [text(`\r\n\t {\n  "identifier" : "${bad}" ,\n  "message" : "Bad."\n}\n `)]),
      error(400, bad, 'Bad.'),
    ],
    [
      'a repeated member: the last one counts',
      reply(400, [text(`{"identifier":"NOPE","message":"First.","identifier":"${bad}","message":"Last."}`)]),
      error(400, bad, 'Last.'),
    ],
    [
      'an identifier written with \\u escapes',
      reply(400, [text(`{"identifier":"${escapeAll(bad)}","message":"Bad."}`)]),
      error(400, bad, 'Bad.'),
    ],
    [
      'a message with escapes, accents and emoji',
      reply(400, [
        text(
          `{"identifier":"${bad}","message":"Line 1\\nTab\\t\\"quoted\\" \\u00e9t\\u00e9 caf\u00e9 \\ud83d\\ude00 \u{1F600} \\/ \\\\ \\u0000 end"}`,
        ),
      ]),
      error(400, bad, 'Line 1\nTab\t"quoted" été café 😀 😀 / \\ \u0000 end'),
    ],
    [
      'a lone surrogate escape in the message',
      reply(400, [text(`{"identifier":"${bad}","message":"half \\ud83d pair"}`)]),
      error(400, bad, 'half \uFFFD pair'),
    ],
    [
      'a number too large for a double in an extra member',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad.","limit":1e400,"id":123456789012345678901234567890}`)]),
      error(400, bad, 'Bad.'),
    ],
    [
      'an integer of 5,000 digits in an extra member',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad.","n":`), text('9', 5000), text('}')]),
      error(400, bad, 'Bad.'),
    ],
    [
      'an extra member nested 100 levels deep',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad.","deep":`), text('[', 100), text(']', 100), text('}')]),
      error(400, bad, 'Bad.'),
    ],
    [
      'a key that is a NUL character',
      reply(400, [text(`{"\\u0000":1,"identifier":"${bad}","message":"Bad."}`)]),
      error(400, bad, 'Bad.'),
    ],
    [
      'member names written with \\u escapes',
      reply(400, [text(`{"${escapeAll('identifier')}":"${bad}","${escapeAll('message')}":"Bad."}`)]),
      error(400, bad, 'Bad.'),
    ],
    errorBody('a standard error with status 599', 599, bad, 'Bad.'),
    [
      'two request id headers, joined as fetch joins them',
      {
        status: 400,
        headers: [
          ['Content-Type', JSON_TYPE],
          [facts.requestIdHeader, 'first'],
          [facts.requestIdHeader, 'second'],
        ],
        body: [text(JSON.stringify({ identifier: bad, message: 'Bad.' }))],
      },
      error(400, bad, 'Bad.', 'first, second'),
    ],
    [
      'header values with spaces around them',
      {
        status: 403,
        headers: [
          ['Content-Type', '  text/plain  '],
          [facts.requestIdHeader, ' \t padded \t '],
        ],
        body: [text('Forbidden')],
      },
      unexpected(403, 'not-json', 'text/plain', 'padded'),
    ],

    // Bytes that are not UTF-8 are decoded as a browser decodes them: each maximal bad sequence is one U+FFFD.
    [
      'a UTF-8 byte order mark before the JSON',
      reply(400, [bytes([0xef, 0xbb, 0xbf], JSON.stringify({ identifier: bad, message: 'Bad.' }))]),
      error(400, bad, 'Bad.'),
    ],
    ['a body that is only a byte order mark', reply(400, [bytes([0xef, 0xbb, 0xbf])]), unexpected(400, 'empty-body')],
    inMessage('a byte 0xFF inside the message', 'caf', [0xff], '!', 1),
    inMessage('Latin-1 text inside the message', 'Fran', [0xe7], 'ais', 1),
    inMessage('a cut three-byte sequence inside the message', 'a', [0xe2, 0x82], 'b', 1),
    inMessage('a UTF-8 encoded surrogate inside the message', 'a', [0xed, 0xa0, 0x80], 'b', 3),
    inMessage('an overlong encoding inside the message', 'a', [0xc0, 0xaf, 0xe0, 0x80, 0x80], 'b', 5),
    inMessage(
      'a code point above U+10FFFF inside the message',
      'a',
      [0xf4, 0x90, 0x80, 0x80, 0xf0, 0x9f, 0x98],
      'b',
      5,
    ),
    [
      'bytes that are not UTF-8 outside any string',
      reply(400, [bytes([0xff, 0xfe], '{}')]),
      unexpected(400, 'not-json'),
    ],
    [
      'a Latin-1 HTML page',
      reply(
        503,
        [bytes('<html><body>Service indisponible: r', [0xe9], 'essayez</body></html>')],
        'text/html; charset=iso-8859-1',
      ),
      unexpected(503, 'not-json', 'text/html; charset=iso-8859-1'),
    ],

    // Huge bodies are classified whole; only the text a result keeps is cut.
    [
      'a standard error padded with 900,000 spaces',
      reply(400, [text(`{"identifier":"${bad}",`), text(' ', HUGE), text('"message":"Bad."}')]),
      error(400, bad, 'Bad.'),
    ],
    [
      'a standard error with a 900,000-character extra member',
      reply(400, [text(`{"identifier":"${bad}","message":"Bad.","trace":"`), text('x', HUGE), text('"}')]),
      error(400, bad, 'Bad.'),
    ],
    [
      'a 900,000-character HTML page',
      reply(502, [text('<html><body>'), text('<p>upstream</p>', HUGE / 15), text('</body></html>')], 'text/html'),
      unexpected(502, 'not-json', 'text/html'),
    ],
    ['900,000 spaces and nothing else', reply(400, [text(' ', HUGE)]), unexpected(400, 'not-json')],

    // Every text kept is cut to the same number of characters in every runtime, after masking.
    [
      'a message longer than the text cut',
      reply(400, [text(`{"identifier":"${bad}","message":"`), text('m', TEXT_LIMIT + 100), text('"}')]),
      error(400, bad, 'm'.repeat(TEXT_LIMIT)),
    ],
    [
      'an unknown identifier longer than the text cut',
      reply(400, [text('{"identifier":"'), text('X', TEXT_LIMIT + 1), text('","message":"Odd."}')]),
      error(400, 'X'.repeat(TEXT_LIMIT), 'Odd.'),
    ],
    [
      'a request id longer than the text cut',
      reply(400, [text(JSON.stringify({ identifier: bad, message: 'Bad.' }))], JSON_TYPE, 'r'.repeat(TEXT_LIMIT + 1)),
      error(400, bad, 'Bad.', 'r'.repeat(TEXT_LIMIT)),
    ],
    [
      'a content type longer than the text cut',
      reply(502, [text(HTML_502)], `text/html; ${'p'.repeat(TEXT_LIMIT)}`),
      unexpected(502, 'not-json', `text/html; ${'p'.repeat(TEXT_LIMIT - 'text/html; '.length)}`),
    ],
    [
      'a secret that the text cut would split, masked before the cut',
      reply(400, [text(`{"identifier":"${unauthorized}","message":"`), text('m', TEXT_LIMIT - 5), text(`${secret}"}`)]),
      error(400, unauthorized, `${'m'.repeat(TEXT_LIMIT - 5)}***`),
      { echoed: [secret] },
    ],

    // Secrets a server echoes never come back unmasked.
    [
      'a message that echoes the secret and the Authorization value',
      json(400, { identifier: unauthorized, message: `Wrong secret ${secret} in Authorization: Basic ${token}` }),
      error(400, unauthorized, 'Wrong secret *** in Authorization: Basic ***'),
      { echoed: [secret, token] },
    ],
    [
      'an unknown identifier whose message echoes the secret',
      json(429, { identifier: 'TOO_MANY_REQUESTS', message: `Slow down, ${KEY}:${secret}` }),
      error(429, 'TOO_MANY_REQUESTS', `Slow down, ${KEY}:***`),
      { echoed: [secret] },
    ],
    [
      'a message that echoes the secret written with \\u escapes',
      reply(400, [text(`{"identifier":"${unauthorized}","message":"Secret ${escapeAll(secret)} is wrong"}`)]),
      error(400, unauthorized, 'Secret *** is wrong'),
      { echoed: [escapeAll(secret)] },
    ],
    [
      'a message that echoes the Authorization value with / escaped as \\/',
      reply(400, [text(`{"identifier":"${unauthorized}","message":"Got Basic ${token.replaceAll('/', '\\/')}"}`)]),
      error(400, unauthorized, 'Got Basic ***'),
      { echoed: [token.replaceAll('/', '\\/')] },
    ],
    [
      'a request id that echoes the Authorization value',
      {
        status: 400,
        headers: [
          ['Content-Type', JSON_TYPE],
          [facts.requestIdHeader, `req Basic ${token}`],
        ],
        body: [text(JSON.stringify({ identifier: bad, message: 'Bad.' }))],
      },
      error(400, bad, 'Bad.', 'req Basic ***'),
    ],
    [
      'an HTML page that echoes the request headers',
      reply(
        502,
        [text(`<html><pre>Authorization: Basic ${token} (${secret})</pre></html>`)],
        'text/html',
        `echo ${secret}`,
      ),
      unexpected(502, 'not-json', 'text/html', 'echo ***'),
      { echoed: [token, secret] },
    ],
    [
      'JSON of the wrong shape that echoes the secret',
      reply(
        403,
        [text(JSON.stringify({ detail: `Authorization: Basic ${token}`, secret }))],
        JSON_TYPE,
        `req ${token}`,
      ),
      unexpected(403, 'wrong-shape', JSON_TYPE, 'req ***'),
      { echoed: [token, secret] },
    ],
    [
      'a standard error that echoes the secret in extra members',
      json(400, { identifier: bad, message: 'Bad.', echo: { [secret]: [`Basic ${token}`] } }),
      error(400, bad, 'Bad.'),
      { echoed: [token, secret] },
    ],
    ...echoCases(),
    ...limitCases(),
  ];

  return [
    ...examples,
    ...otherBrands,
    ...cases.map(([name, given, want, echo]) => ({ name, reply: given, want, ...echo })),
  ].map((draft) => finish(draft, maskerOf));
}

/**
 * The client's masker of each credential, made once: a masker compiles its patterns when it is made (about 90 ms for
 * the longest secret, under 1 ms for the others), and a hundred cases share five credentials.
 */
function maskersOf({
  basicAuthSecrets,
  createMasker,
}: Masking): (credentials: CredentialName) => (text: string) => string {
  const made = new Map<CredentialName, (text: string) => string>();
  return (credentials) => {
    let masker = made.get(credentials);
    if (!masker) {
      const { apiKey, apiSecret } = CREDENTIALS[credentials];
      masker = createMasker(basicAuthSecrets(apiKey, apiSecret));
      made.set(credentials, masker);
    }
    return masker;
  };
}
