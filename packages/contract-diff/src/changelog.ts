/**
 * Changelog lines for the changeset of the client package: one line per change, the same change made to several
 * brands merged into one line that lists them. A line quotes what an integrator needs: the new text of an added,
 * renamed or reworded identifier, its retry hint, and what to do in their code.
 */
import type { Change } from './change.ts';
import { type Severity, severityOf } from './policy.ts';

export const SEVERITY_ORDER: readonly Severity[] = ['breaking', 'minor', 'patch'];

function retryHint(retryable: boolean | undefined): string {
  return retryable ? 'Retryable: the clients retry it on read operations.' : 'Not retryable.';
}

/** The sentence before and after the brand list, so that one change made to several brands reads once. */
function sentenceOf(change: Change): [string, string] {
  const subject = `\`${change.subject}\``;
  const detail = change.detail ? `: ${change.detail}` : '';
  switch (change.kind) {
    case 'identifier-added':
      return [
        `New error identifier ${subject}`,
        `: ${change.explanation} ${retryHint(change.retryable)} Exhaustive handlers need a case for it.`,
      ];
    case 'identifier-removed':
      return [`Error identifier ${subject} removed`, '. Remove its case from your handlers.'];
    case 'identifier-renamed':
      return [
        `Error identifier ${subject} renamed to \`${change.after}\``,
        `: ${change.explanation} Rename its case in your handlers.`,
      ];
    case 'explanation-changed':
      return [`Reworded the explanation of ${subject}`, `: ${change.after}`];
    case 'retry-hint-changed':
      return [`${subject} is ${change.after === 'retryable: true' ? 'now' : 'no longer'} retried automatically`, '.'];
    case 'docs-anchor-changed':
      return [`The docs entry of ${subject} moved to ${change.after}`, '.'];
    case 'identifier-scope-changed':
      return [`${subject} can be returned by ${change.after} (was: ${change.before})`, '.'];
    case 'brand-added':
      return [`New brand ${subject}`, '.'];
    case 'brand-removed':
      return [`Brand ${subject} removed`, '.'];
    case 'operation-added':
      return [`New operation ${subject}`, '.'];
    case 'operation-removed':
      return [`Operation ${subject} removed`, '.'];
    case 'error-field-added':
      return [`Optional error body field ${subject} added`, '.'];
    case 'required-error-field-added':
      return [
        `Required error body field ${subject} added`,
        ': the clients report an error body without it as an unexpected response.',
      ];
    case 'error-field-removed':
      return [`Error body field ${subject} removed`, '.'];
    case 'error-field-made-required':
      return [`Error body field ${subject} is now required`, '.'];
    case 'error-field-made-optional':
      return [`Error body field ${subject} is now optional`, '.'];
    case 'error-field-type-widened':
      return [`Error body field ${subject} widened`, `${detail}.`];
    case 'error-schema-tightened':
      return [`Error body tightened at ${subject}`, `${detail}.`];
    case 'error-schema-loosened':
      return [`Error body loosened at ${subject}`, `${detail}.`];
    case 'request-tightened':
      return [`Request tightened at ${subject}`, `${detail}.`];
    case 'request-loosened':
      return [`Request loosened at ${subject}`, `${detail}.`];
    case 'response-added':
    case 'success-response-added':
      return [`New response ${subject}`, `${detail}.`];
    case 'response-removed':
      return [`Response ${subject} removed`, '.'];
    case 'response-tightened':
      return [`Response narrowed at ${subject}`, `${detail}.`];
    case 'response-loosened':
      return [`Response widened at ${subject}`, `${detail}.`];
    case 'type-name-added':
      return [`New exported type ${subject}`, '.'];
    case 'type-name-removed':
      return [`Exported type ${subject} removed`, '.'];
  }
}

/** One changelog line and the changes it stands for (one per brand it lists). */
export interface ChangelogEntry {
  line: string;
  severity: Severity;
  changes: Change[];
}

export function changelogGroups(changes: readonly Change[]): ChangelogEntry[] {
  const groups = new Map<string, { severity: Severity; lead: string; tail: string; changes: Change[] }>();
  for (const change of changes) {
    const [lead, tail] = sentenceOf(change);
    const key = `${lead}\u0000${tail}`;
    const group = groups.get(key) ?? { severity: severityOf(change), lead, tail, changes: [] };
    group.changes.push(change);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map(({ severity, lead, tail, changes: grouped }) => {
      const prefix = severity === 'breaking' ? '**Breaking:** ' : '';
      const brands = grouped.map((change) => change.brand).join(', ');
      return { line: `- ${prefix}${lead} (${brands})${tail}`, severity, changes: grouped };
    });
}

export function changelogEntries(changes: readonly Change[]): string[] {
  return changelogGroups(changes).map((entry) => entry.line);
}
