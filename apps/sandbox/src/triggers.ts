/**
 * The sandbox's triggers: each way a request can fail and the standard API error it gets. The only place in the
 * sandbox that names identifiers; everything else raises a trigger, and each brand resolves it against its catalog.
 * How a partner provokes each identifier is declared in spec/reproductions, which the README's table is made from.
 */
export interface Trigger {
  /** In order of preference: a brand returns the first of these its catalog has. */
  identifiers: readonly string[];
}

export const triggers = {
  unexpectedFailure: {
    identifiers: ['INTERNAL_ERROR'],
  },
  invalidValue: {
    identifiers: ['BAD_VALUE'],
  },
  unknownScanRef: {
    identifiers: ['BAD_VALUE'],
  },
  unknownPath: {
    identifiers: ['BAD_VALUE'],
  },
  malformedRequest: {
    identifiers: ['BAD_VALUE'],
  },
  oversizeBody: {
    identifiers: ['BAD_VALUE'],
  },
  missingValue: {
    identifiers: ['MISSING_VALUE'],
  },
  badCredentials: {
    identifiers: ['UNAUTHORIZED'],
  },
  invalidUtf8: {
    identifiers: ['ENCODING_ERROR'],
  },
  malformedJson: {
    identifiers: ['JSON_ERROR'],
  },
  invalidToken: {
    identifiers: ['TOKEN_NOT_VALID'],
  },
  optionOutsideContract: {
    identifiers: ['PARTNER_CONTRACT_ERROR'],
  },
  tokenQuotaSpent: {
    identifiers: ['PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'],
  },
  wrongMethod: {
    identifiers: ['METHOD_NOT_ALLOWED'],
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
