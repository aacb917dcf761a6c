/**
 * The contract's history per brand: every release tag of the client, its spec built into bundles, and the changes
 * between consecutive releases as the breaking-change differ (packages/contract-diff) classifies them.
 */
import { type Change, changelogEntries, diffBundle, type Severity, severityOf } from '@error-contract/contract-diff';
import type { BrandBundle } from '@error-contract/spec/bundle';
import { IDENTIFIER_SCHEMA } from '@error-contract/spec/catalog';
import { bundlesAt, commitDate, releaseTagPattern, releaseTags } from '@error-contract/spec/history';

export const SEVERITIES: readonly Severity[] = ['breaking', 'minor', 'patch'];

export interface Release {
  tag: string;
  version: string;
  /** The commit date, YYYY-MM-DD. */
  date: string;
  /** Bundles by brand; a brand the release did not have is absent. */
  bundles: Map<string, BrandBundle>;
}

export interface BrandRelease {
  version: string;
  date: string;
  changes: Change[];
}

/** Builds every release's bundles from the spec as committed at its tag (the work tree is untouched). */
export async function loadReleases(repoDir: string): Promise<Release[]> {
  const releases: Release[] = [];
  for (const tag of releaseTags(repoDir)) {
    releases.push({
      tag,
      version: tag.slice(tag.lastIndexOf('@') + 1),
      date: commitDate(tag, repoDir),
      bundles: await bundlesAt(tag, repoDir),
    });
  }
  return releases;
}

/** The bundle with no identifiers: what a brand's first release is compared against, so each identifier is "added". */
function withoutIdentifiers(bundle: BrandBundle): BrandBundle {
  const copy = structuredClone(bundle);
  const schema = copy.components.schemas[IDENTIFIER_SCHEMA] as Record<string, unknown> | undefined;
  if (schema) schema['x-error-catalog'] = {};
  return copy;
}

/** A brand's releases, newest first, each with its changes since the brand's previous release. */
export function brandHistory(brand: string, releases: readonly Release[]): BrandRelease[] {
  const history: BrandRelease[] = [];
  let previous: BrandBundle | undefined;
  for (const release of releases) {
    const bundle = release.bundles.get(brand);
    if (!bundle) continue;
    const changes = diffBundle(brand, previous ?? withoutIdentifiers(bundle), bundle);
    history.push({ version: release.version, date: release.date, changes });
    previous = bundle;
  }
  return history.reverse();
}

export interface IdentifierEvent {
  version: string;
  what: 'added' | 'reworded' | 'removed' | 'renamed';
  detail?: string;
}

/** When each identifier was added, reworded, renamed or removed, oldest first, by identifier. */
export function identifierEvents(history: readonly BrandRelease[]): Map<string, IdentifierEvent[]> {
  const events = new Map<string, IdentifierEvent[]>();
  const note = (identifier: string, event: IdentifierEvent) =>
    events.set(identifier, [...(events.get(identifier) ?? []), event]);
  for (const { version, changes } of [...history].reverse()) {
    for (const change of changes) {
      if (change.kind === 'identifier-added') note(change.subject, { version, what: 'added' });
      if (change.kind === 'explanation-changed')
        note(change.subject, { version, what: 'reworded', detail: change.after });
      if (change.kind === 'identifier-removed') note(change.subject, { version, what: 'removed' });
      if (change.kind === 'identifier-renamed') {
        note(change.subject, { version, what: 'renamed', detail: `to ${change.after}` });
        note(change.after ?? '', { version, what: 'added', detail: `renamed from ${change.subject}` });
      }
    }
  }
  return events;
}

/** The changelog page of a brand, as Markdown. */
export function changelogMarkdown(title: string, history: readonly BrandRelease[]): string {
  const blocks = [`# ${title}`];
  if (history.length === 0) {
    blocks.push(
      `No release of the contract has been tagged yet (tags \`${releaseTagPattern}\`), so there is no history to show. Each release will be listed here, with its changes by severity and when each identifier was added, reworded or removed.`,
    );
    return `${blocks.join('\n\n')}\n`;
  }
  blocks.push(
    'Each release of the contract, newest first, with its changes by severity (breaking, minor, patch), as the breaking-change gate classifies them; then, per identifier, when it was added, reworded or removed.',
  );
  for (const release of history) {
    blocks.push(
      `## ${release.version} {#v${release.version.replace(/[^A-Za-z0-9_-]/g, '-')}}`,
      `Released ${release.date}.`,
    );
    if (release.changes.length === 0) blocks.push('No change to the error contract.');
    for (const severity of SEVERITIES) {
      const changes = release.changes.filter((change) => severityOf(change) === severity);
      if (changes.length > 0)
        blocks.push(`### ${severity[0]?.toUpperCase()}${severity.slice(1)}`, changelogEntries(changes).join('\n'));
    }
  }
  blocks.push('## Identifiers');
  const rows = [...identifierEvents(history)].map(
    ([identifier, events]) =>
      `- \`${identifier}\`: ${events.map((event) => `${event.what} in ${event.version}${event.detail ? ` (${event.detail})` : ''}`).join('; ')}`,
  );
  blocks.push(rows.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
