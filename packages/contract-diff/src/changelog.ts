/** Changelog lines for the changeset of the client package: one per changed identifier or other change, brands merged. */
import type { Change } from './change.ts';
import { type Severity, severityOf } from './policy.ts';

const SEVERITY_ORDER: readonly Severity[] = ['breaking', 'minor', 'patch'];

/** The sentence before and after the brand list, so that one change made to several brands reads once. */
function sentenceOf(change: Change): [string, string] {
  const subject = `\`${change.subject}\``;
  const detail = change.detail ? `: ${change.detail}` : '';
  switch (change.kind) {
    case 'identifier-added':
      return [`New error identifier ${subject}`, `: ${change.after} Exhaustive handlers need a case for it.`];
    case 'identifier-removed':
      return [`Error identifier ${subject} removed`, '. Remove its case from your handlers.'];
    case 'identifier-renamed':
      return [`Error identifier ${subject} renamed to \`${change.after}\``, '. Rename its case in your handlers.'];
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
      return [`Error body field ${subject} added`, detail ? ` (${change.detail}).` : '.'];
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
  }
}

export function changelogEntries(changes: readonly Change[]): string[] {
  const entries = new Map<string, { severity: Severity; lead: string; tail: string; brands: string[] }>();
  for (const change of changes) {
    const [lead, tail] = sentenceOf(change);
    const key = `${lead}\u0000${tail}`;
    const entry = entries.get(key) ?? { severity: severityOf(change), lead, tail, brands: [] };
    entry.brands.push(change.brand);
    entries.set(key, entry);
  }
  return [...entries.values()]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
    .map(({ severity, lead, tail, brands }) => {
      const prefix = severity === 'breaking' ? '**Breaking:** ' : '';
      return `- ${prefix}${lead} (${brands.join(', ')})${tail}`;
    });
}
