/**
 * The versioning policy of the contract: the severity of each kind of change, and the version bump of the
 * client package it calls for. The README's "Changing the contract" section states the same table.
 */
import type { Change, ChangeKind } from './change.ts';

export type Severity = 'breaking' | 'minor' | 'patch';
export type Bump = 'major' | 'minor' | 'patch';

export const SEVERITY: Readonly<Record<ChangeKind, Severity>> = {
  'brand-added': 'minor',
  'brand-removed': 'breaking',
  // Clients keep an identifier they do not know working (`unknown-api-error`), so an addition is minor…
  'identifier-added': 'minor',
  'identifier-removed': 'breaking',
  'identifier-renamed': 'breaking',
  'explanation-changed': 'patch',
  // The clients retry an identifier automatically when its catalog entry says so: their behaviour changes.
  'retry-hint-changed': 'minor',
  'docs-anchor-changed': 'patch',
  // The clients' identifier unions are per brand, not per operation, so this only changes docs and examples.
  'identifier-scope-changed': 'patch',
  'error-field-added': 'minor',
  'error-field-removed': 'breaking',
  // The clients check error bodies against the schema: a newly required field turns bodies without it into
  // unexpected responses. A field made optional, or a widened type, breaks code that reads the field.
  'error-field-made-required': 'breaking',
  'error-field-made-optional': 'breaking',
  'error-field-type-widened': 'breaking',
  'error-schema-tightened': 'breaking',
  'error-schema-loosened': 'minor',
  'operation-added': 'minor',
  'operation-removed': 'breaking',
  'request-tightened': 'breaking',
  'request-loosened': 'minor',
};

/** …but flagged: integrators' exhaustive handlers (a `switch` with a `never` check) need a new case. */
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
