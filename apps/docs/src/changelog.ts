/**
 * The contract's history per brand: every release tag of the client, its spec built into bundles, and the changes
 * between consecutive releases as the breaking-change differ (packages/contract-diff) classifies them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Change, changelogEntries, diffBundle, type Severity, severityOf } from '@error-contract/contract-diff';
import { type BrandBundle, loadBundle } from '@error-contract/spec/bundle';
import { specDir as workspaceSpecDir } from '@error-contract/spec/locations';
import { buildBrands } from '@error-contract/spec/pipeline';

/** The release tags changesets creates for the client, e.g. `@error-contract/client@1.2.0`. */
export const RELEASE_TAG_PATTERN = '@error-contract/client@*';
const SPEC_PATHS = ['redocly.yaml', 'spec'];
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

function git(args: readonly string[], cwd: string, input?: Buffer): Buffer {
  const run = spawnSync('git', args, { cwd, input, maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${run.stderr.toString().trim()}`);
  return run.stdout;
}

/** The release tags of the repository, oldest version first; none when `repoDir` is not a git repository. */
export function releaseTags(repoDir: string): string[] {
  const run = spawnSync('git', ['tag', '--list', RELEASE_TAG_PATTERN, '--sort=version:refname'], { cwd: repoDir });
  if (run.status !== 0) return [];
  return run.stdout.toString().split('\n').filter(Boolean);
}

/** Builds every release's bundles from the spec as committed at its tag (git archive: the work tree is untouched). */
export async function loadReleases(repoDir: string): Promise<Release[]> {
  const tags = releaseTags(repoDir);
  if (tags.length === 0) return [];
  const scratch = mkdtempSync(join(tmpdir(), 'docs-releases-'));
  try {
    const releases: Release[] = [];
    for (const [index, tag] of tags.entries()) {
      const specDir = join(scratch, String(index));
      mkdirSync(specDir, { recursive: true });
      const archive = git(['archive', '--format=tar', `${tag}^{commit}`, '--', ...SPEC_PATHS], repoDir);
      const untar = spawnSync('tar', ['-x', '-f', '-', '-C', specDir], { input: archive });
      if (untar.status !== 0) throw new Error(`Could not unpack the spec of ${tag}: ${untar.stderr.toString()}`);
      // The release's Redocly plugin imports packages (ajv, yaml): it resolves them from this workspace's install.
      symlinkSync(join(workspaceSpecDir, 'node_modules'), join(specDir, 'spec', 'node_modules'), 'dir');
      const outDir = join(specDir, 'out');
      const brands = await buildBrands({ configPath: join(specDir, 'redocly.yaml'), outDir });
      const date = git(['log', '-1', '--format=%cs', `${tag}^{commit}`], repoDir)
        .toString()
        .trim();
      releases.push({
        tag,
        version: tag.slice(tag.lastIndexOf('@') + 1),
        date,
        bundles: new Map(brands.map((brand) => [brand, loadBundle(brand, outDir)])),
      });
    }
    return releases;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The bundle with no identifiers: what a brand's first release is compared against, so each identifier is "added". */
function withoutIdentifiers(bundle: BrandBundle): BrandBundle {
  const copy = structuredClone(bundle);
  const schema = copy.components.schemas.ErrorIdentifier as Record<string, unknown> | undefined;
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
      `No release of the contract has been tagged yet (tags \`${RELEASE_TAG_PATTERN}\`), so there is no history to show. Each release will be listed here, with its changes by severity and when each identifier was added, reworded or removed.`,
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
