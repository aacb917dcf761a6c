/**
 * The versioning policy of the contract: the severity of each kind of change, and the version bump of the
 * client package it calls for. A change is breaking when code written against the published client can stop
 * compiling or stop working after an upgrade (the scenario suite compiles such code to prove it), or when the
 * wire changes under a client that is not upgraded. The README's "Versioning policy" section states the same table.
 */
import type { Change, ChangeKind } from './change.ts';

export type Severity = 'breaking' | 'minor' | 'patch';
export type Bump = 'major' | 'minor' | 'patch';

export const SEVERITY: Readonly<Record<ChangeKind, Severity>> = {
  'brand-added': 'minor',
  'brand-removed': 'breaking',
  // The client's identifier union grows: `handleFailure` wants a handler for it and `never`-checked switches stop
  // compiling. A client that is not upgraded keeps working (the new identifier reaches it as `unknown-api-error`).
  'identifier-added': 'breaking',
  'identifier-removed': 'breaking',
  'identifier-renamed': 'breaking',
  'explanation-changed': 'patch',
  // The clients retry an identifier automatically when its catalog entry says so: their behaviour changes.
  'retry-hint-changed': 'minor',
  'docs-anchor-changed': 'patch',
  // The clients' identifier unions are per brand, not per operation, and the client does not export the shared
  // 400 components whose names follow from these sets, so this only changes docs and examples.
  'identifier-scope-changed': 'patch',
  'error-field-added': 'minor',
  // The clients check error bodies against the schema: a newly required field turns bodies without it into
  // unexpected responses. A field made optional, or a widened type, breaks code that reads the field.
  'required-error-field-added': 'breaking',
  'error-field-removed': 'breaking',
  'error-field-made-required': 'breaking',
  'error-field-made-optional': 'breaking',
  'error-field-type-widened': 'breaking',
  'error-schema-tightened': 'breaking',
  'error-schema-loosened': 'minor',
  'operation-added': 'minor',
  'operation-removed': 'breaking',
  'request-tightened': 'breaking',
  'request-loosened': 'minor',
  'response-added': 'minor',
  // The success data becomes a union of the bodies: reading a field only one of them has stops compiling.
  'success-response-added': 'breaking',
  'response-removed': 'breaking',
  // A response that can carry fewer values (a field added or made required) breaks no reader…
  'response-tightened': 'minor',
  // …one that can carry more (a field made optional or removed, a new enum value, a wider type or bound) does.
  'response-loosened': 'breaking',
  // The names of `components['schemas']` the client exports.
  'type-name-added': 'minor',
  'type-name-removed': 'breaking',
};

/** What an integrator has to do, shown beside the change in the gate's report. */
export const FLAGS: Readonly<Partial<Record<ChangeKind, string>>> = {
  'identifier-added': 'exhaustive handlers need a new case',
};

export const BUMP_OF: Readonly<Record<Severity, Bump>> = { breaking: 'major', minor: 'minor', patch: 'patch' };

const BUMP_ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

export function severityOf(change: Change): Severity {
  return SEVERITY[change.kind];
}

/** The larger of two bumps; `undefined` stands for no bump at all. */
export function largerBump(a: Bump | undefined, b: Bump | undefined): Bump | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return BUMP_ORDER.indexOf(a) >= BUMP_ORDER.indexOf(b) ? a : b;
}

/** The bump the changes call for: the bump of the most severe one. */
export function requiredBump(changes: readonly Change[]): Bump | undefined {
  return changes.reduce<Bump | undefined>((bump, change) => largerBump(bump, BUMP_OF[severityOf(change)]), undefined);
}
