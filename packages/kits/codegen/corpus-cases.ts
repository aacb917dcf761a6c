/**
 * The corpus cases of one brand: every example of every identifier, the identifiers of other brands, and the
 * malformed, unknown and hostile replies the TypeScript client's tests cover. Whether an identifier is known is
 * always decided by the brand's catalog, so adding an identifier to the spec changes the expected outcomes.
 */
import { TEXT_LIMIT } from '@error-contract/client/codegen';
import type { BrandFacts } from './brand.ts';
import type { BodyPart, CorpusCase, Outcome, Reply } from './corpus.ts';

export const credentials = { apiKey: 'corpus-key', apiSecret: 'canary-secret-0?' } as const;
/** The Authorization token of the credentials; it contains a `/`, which JSON may escape as `\/`. */
export const token = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64');
const secret = credentials.apiSecret;

const REQUEST_ID = '5f0c2a7e-1b9d-4c3e-8a61-2d4f9b7c0e13';
const JSON_TYPE = 'application/json';
const HTML_502 = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>';
/** Large enough to show that nothing is cut before classifying, under the kits' 1 MiB read limit. */
const HUGE = 900_000;

const text = (value: string, repeat?: number): BodyPart =>
  repeat === undefined ? { text: value } : { text: value, repeat };
const bytes = (...values: Array<number[] | string>): BodyPart => ({
  base64: Buffer.concat(
    values.map((value) => (typeof value === 'string' ? Buffer.from(value) : Buffer.from(value))),
  ).toString('base64'),
});

/** Every character as a JSON `\\uXXXX` escape: the text parses to the value but never contains it literally. */
const escapeAll = (value: string) =>
  [...value].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

export function casesFor(facts: BrandFacts, otherBrandsIdentifiers: readonly string[]): CorpusCase[] {
  const known = new Map(facts.identifiers.map((entry) => [entry.identifier, entry]));

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
  const json = (status: number, value: unknown): Reply => reply(status, [text(JSON.stringify(value))]);

  /** A well-formed error body: a standard API error when the brand knows the identifier, else an unknown one. */
  const error = (
    status: number,
    identifier: string,
    message: string,
    requestId: string | null = REQUEST_ID,
  ): Outcome => {
    const entry = known.get(identifier);
    if (!entry) return { kind: 'unknown-api-error', status, identifier, message, requestId };
    const { explanation, retryable, docsUrl } = entry;
    return { kind: 'api-error', status, identifier, message, explanation, retryable, docsUrl, requestId };
  };
  const unexpected = (
    status: number,
    reason: 'empty-body' | 'not-json' | 'wrong-shape',
    contentType: string | null = JSON_TYPE,
    requestId: string | null = REQUEST_ID,
  ): Outcome => ({ kind: 'unexpected-response', status, reason, contentType, requestId });

  const examples: CorpusCase[] = facts.identifiers.flatMap((entry) =>
    entry.examples.map((example, index) => ({
      name: `${entry.identifier}: the spec's example${entry.examples.length > 1 ? ` ${index + 1}` : ''}`,
      reply: json(400, example),
      want: error(400, entry.identifier, String(example.message)),
    })),
  );

  const otherBrands: CorpusCase[] = otherBrandsIdentifiers
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
  const errorBody = (name: string, status: number, identifier: string, message: string): [string, Reply, Outcome] => [
    name,
    json(status, { identifier, message }),
    error(status, identifier, message),
  ];
  /** A standard error whose message holds bytes that are not UTF-8, each maximal bad sequence one U+FFFD. */
  const inMessage = (
    name: string,
    before: string,
    raw: number[],
    after: string,
    replaced: number,
  ): [string, Reply, Outcome] => [
    name,
    reply(400, [bytes(`{"identifier":"${bad}","message":"${before}`, raw, `${after}"}`)]),
    error(400, bad, `${before}${'\uFFFD'.repeat(replaced)}${after}`),
  ];

  const cases: Array<[string, Reply, Outcome]> = [
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
    ],

    // Secrets a server echoes never come back unmasked.
    [
      'a message that echoes the secret and the Authorization value',
      json(400, { identifier: unauthorized, message: `Wrong secret ${secret} in Authorization: Basic ${token}` }),
      error(400, unauthorized, 'Wrong secret *** in Authorization: Basic ***'),
    ],
    [
      'an unknown identifier whose message echoes the secret',
      json(429, { identifier: 'TOO_MANY_REQUESTS', message: `Slow down, ${credentials.apiKey}:${secret}` }),
      error(429, 'TOO_MANY_REQUESTS', `Slow down, ${credentials.apiKey}:***`),
    ],
    [
      'a message that echoes the secret written with \\u escapes',
      reply(400, [text(`{"identifier":"${unauthorized}","message":"Secret ${escapeAll(secret)} is wrong"}`)]),
      error(400, unauthorized, 'Secret *** is wrong'),
    ],
    [
      'a message that echoes the Authorization value with / escaped as \\/',
      reply(400, [text(`{"identifier":"${unauthorized}","message":"Got Basic ${token.replaceAll('/', '\\/')}"}`)]),
      error(400, unauthorized, 'Got Basic ***'),
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
    ],
    [
      'a standard error that echoes the secret in extra members',
      json(400, { identifier: bad, message: 'Bad.', echo: { [secret]: [`Basic ${token}`] } }),
      error(400, bad, 'Bad.'),
    ],
  ];

  return [...examples, ...otherBrands, ...cases.map(([name, given, want]) => ({ name, reply: given, want }))];
}
