/** The gate's printout: the classified changes per brand, the changelog entries and a changeset to start from. */

import { CLIENT_PACKAGE } from '@error-contract/spec/brand-view';
import type { Change, ChangeKind } from './change.ts';
import { changelogEntries, SEVERITY_ORDER } from './changelog.ts';
import type { GateVerdict } from './gate.ts';
import { type Bump, FLAGS, severityOf } from './policy.ts';

const LABELS: Readonly<Record<ChangeKind, string>> = {
  'brand-added': 'brand added',
  'brand-removed': 'brand removed',
  'identifier-added': 'identifier added',
  'identifier-removed': 'identifier removed',
  'identifier-renamed': 'identifier renamed',
  'explanation-changed': 'explanation changed',
  'retry-hint-changed': 'retry hint changed',
  'docs-anchor-changed': 'docs anchor changed',
  'identifier-scope-changed': 'operations changed',
  'error-field-added': 'error field added',
  'required-error-field-added': 'required error field added',
  'error-field-removed': 'error field removed',
  'error-field-made-required': 'error field made required',
  'error-field-made-optional': 'error field made optional',
  'error-field-type-widened': 'error field type widened',
  'error-schema-tightened': 'error schema tightened',
  'error-schema-loosened': 'error schema loosened',
  'operation-added': 'operation added',
  'operation-removed': 'operation removed',
  'request-tightened': 'request tightened',
  'request-loosened': 'request loosened',
  'response-added': 'response added',
  'success-response-added': 'success response added',
  'response-removed': 'response removed',
  'response-tightened': 'response narrowed',
  'response-loosened': 'response widened',
  'type-name-added': 'type name added',
  'type-name-removed': 'type name removed',
};

const LABEL_WIDTH = Math.max(...Object.values(LABELS).map((label) => label.length));

/** The changeset the gate prints for the changes: save it under `.changeset/` as it is, and the gate passes. */
export function changesetText(bump: Bump, entries: readonly string[]): string {
  return ['---', `'${CLIENT_PACKAGE}': ${bump}`, '---', '', 'Changes to the error contract:', ...entries].join('\n');
}

export interface ReportInput {
  base: string;
  brands: readonly string[];
  changes: readonly Change[];
  verdict: GateVerdict;
}

function lineOf(change: Change): string {
  const severity = severityOf(change).padEnd('breaking'.length);
  const notes = [change.detail, FLAGS[change.kind]].filter(Boolean).join('; ');
  return `  ${severity}  ${LABELS[change.kind].padEnd(LABEL_WIDTH)}  ${change.subject}${notes ? ` — ${notes}` : ''}`;
}

export function renderReport({ base, brands, changes, verdict }: ReportInput): string {
  const lines = [`Contract changes from ${base} to the working tree`, ''];
  for (const brand of brands) {
    const ofBrand = changes
      .filter((change) => change.brand === brand)
      .sort((a, b) => SEVERITY_ORDER.indexOf(severityOf(a)) - SEVERITY_ORDER.indexOf(severityOf(b)));
    lines.push(brand, ...(ofBrand.length > 0 ? ofBrand.map(lineOf) : ['  no changes']), '');
  }
  if (verdict.required !== undefined) {
    lines.push(`Changelog entries, for a changeset (pnpm changeset) bumping ${CLIENT_PACKAGE} to ${verdict.required}:`);
    lines.push('', changesetText(verdict.required, changelogEntries(changes)), '');
  }
  lines.push(verdict.message);
  return `${lines.join('\n')}\n`;
}
