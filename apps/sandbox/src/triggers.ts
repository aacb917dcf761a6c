/**
 * The sandbox's triggers: each way a request can fail and the standard API error it gets. The only place in the
 * sandbox that names identifiers; everything else raises a trigger, and each brand resolves it against its catalog.
 */
export interface Trigger {
  /** In order of preference: a brand returns the first of these its catalog has. */
  identifiers: readonly string[];
  /** How a partner provokes it, as the README's trigger table tells. */
  how: string;
}

export const triggers = {
  unexpectedFailure: {
    identifiers: ['INTERNAL_ERROR'],
    how: 'any unexpected exception in the sandbox; on purpose with the sandbox-only header `X-Sandbox-Fault: internal-error` on a valid request',
  },
  invalidValue: {
    identifiers: ['BAD_VALUE'],
    how: 'a value that breaks its schema constraint, e.g. `{"clientId": "u1", "country": "XX"}` (the message names the field), or a property the schema does not list',
  },
  unknownScanRef: {
    identifiers: ['BAD_VALUE'],
    how: 'a `scanRef` the partner has no verification for, on `/status`, `/data` or `/delete`',
  },
  unknownPath: {
    identifiers: ['BAD_VALUE'],
    how: 'a path that is not an operation, e.g. `POST /idenfy/api/v2/nothing`',
  },
  malformedRequest: {
    identifiers: ['BAD_VALUE'],
    how: 'a request that is not valid HTTP/1.1 (bad request line, header or chunked body, headers over 16 KiB, headers slower than 10 s or the whole request slower than 30 s), an HTTP version other than 1.0 and 1.1, an HTTP/1.1 request without `Host`, an `Expect` other than `100-continue`, an absolute-form target naming another server than the sandbox, or a `CONNECT`',
  },
  oversizeBody: {
    identifiers: ['BAD_VALUE'],
    how: 'a body larger than the cap (`maxBodyBytes`, 64 MiB unless configured)',
  },
  missingValue: {
    identifiers: ['MISSING_VALUE'],
    how: 'a required field absent, e.g. `{}` to `/api/v2/token` (no `clientId`), or no `images.BACK` for an `ID_CARD`',
  },
  badCredentials: {
    identifiers: ['UNAUTHORIZED'],
    how: 'no `Authorization` header, or an unknown API key or wrong secret (compared in constant time)',
  },
  invalidUtf8: {
    identifiers: ['ENCODING_ERROR'],
    how: 'a body that is not valid UTF-8, e.g. the bytes `{"clientId": "\\xff"}`',
  },
  malformedJson: {
    identifiers: ['JSON_ERROR'],
    how: 'a body that is not well-formed JSON (an empty body too), e.g. `{"clientId": `',
  },
  invalidToken: {
    identifiers: ['TOKEN_NOT_VALID'],
    how: '`/api/v2/process` with an `authToken` that is unknown, expired (seeded: `sandbox-expired-token`) or already used (seeded: `sandbox-used-token`, or any token after one successful process)',
  },
  optionOutsideContract: {
    identifiers: ['PARTNER_CONTRACT_ERROR'],
    how: '`generateDigitString: true` on `/api/v2/token` by a partner whose contract does not include it (seeded: `basic-key`)',
  },
  tokenQuotaSpent: {
    identifiers: ['PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'],
    how: '`/api/v2/token` after the partner\'s `tokenQuota` is spent (seeded: `quota-key` has 1 token), message "Partner reached token limit."',
  },
  wrongMethod: {
    identifiers: ['METHOD_NOT_ALLOWED'],
    how: "any method but `POST` on an operation's path, e.g. `GET /idenfy/api/v2/token`",
  },
} as const satisfies Record<string, Trigger>;

export type TriggerName = keyof typeof triggers;

export const triggerNames = Object.keys(triggers) as TriggerName[];

/** The identifier a brand returns for a trigger, or undefined if its catalog has none of the trigger's identifiers. */
export function resolveTrigger(name: TriggerName, catalogIdentifiers: ReadonlySet<string>): string | undefined {
  return triggers[name].identifiers.find((identifier) => catalogIdentifiers.has(identifier));
}

/** The catalog identifiers no trigger returns: a sandbox that cannot produce them does not cover the contract. */
export function identifiersWithoutTrigger(catalogIdentifiers: ReadonlySet<string>): string[] {
  const returned = new Set(triggerNames.map((name) => resolveTrigger(name, catalogIdentifiers)));
  return [...catalogIdentifiers].filter((identifier) => !returned.has(identifier));
}
