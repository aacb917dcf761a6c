/**
 * The pending changesets (`.changeset/*.md`), read as `changeset version` reads them: the bump each declares for the
 * client package, and its summary, the text that names the changes it covers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { CLIENT_PACKAGE } from '@error-contract/spec/brand-view';
import { type Bump, largerBump } from './policy.ts';

export interface PendingChangeset {
  /** The changeset's path in the repository, e.g. `.changeset/too-many-requests.md`. */
  file: string;
  /** The bump it declares for the package; undefined when it does not name the package. */
  bump: Bump | undefined;
  summary: string;
}

export function pendingChangesets(repoDir: string, packageName = CLIENT_PACKAGE): PendingChangeset[] {
  const folder = join(repoDir, '.changeset');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const { releases, summary } = parseChangeset(readFileSync(join(folder, file), 'utf8'));
      const bump = releases
        .filter((release) => release.name === packageName && release.type !== 'none')
        .reduce<Bump | undefined>((largest, release) => largerBump(largest, release.type as Bump), undefined);
      return { file: `.changeset/${file}`, bump, summary };
    });
}

/** Text compared for naming: runs of white space are one space, so a changeset's line wrapping does not matter. */
const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The changesets that name a changelog line (its text after the list marker, as the gate prints it) and declare a
 * bump of the client. A changeset counts only for the changes it names: one pending for other work hides nothing.
 */
export function changesetsNaming(line: string, changesets: readonly PendingChangeset[]): PendingChangeset[] {
  const text = normalised(line.replace(/^- /, ''));
  return changesets.filter((changeset) => changeset.bump !== undefined && normalised(changeset.summary).includes(text));
}
