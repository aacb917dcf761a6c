/** The pending changesets (`.changeset/*.md`) and the bump they declare for a package, read as `changeset version` reads them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { CLIENT_PACKAGE } from '@error-contract/spec/brand-view';
import { type Bump, largerBump } from './policy.ts';

export interface DeclaredBump {
  /** The largest bump the pending changesets declare for the package; undefined when none mentions it. */
  bump: Bump | undefined;
  /** The changeset files that mention the package. */
  files: string[];
}

export function declaredBump(repoDir: string, packageName = CLIENT_PACKAGE): DeclaredBump {
  const folder = join(repoDir, '.changeset');
  if (!existsSync(folder)) return { bump: undefined, files: [] };
  const result: DeclaredBump = { bump: undefined, files: [] };
  const changesets = readdirSync(folder)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort();
  for (const file of changesets) {
    const { releases } = parseChangeset(readFileSync(join(folder, file), 'utf8'));
    for (const release of releases) {
      if (release.name !== packageName || release.type === 'none') continue;
      result.bump = largerBump(result.bump, release.type);
      result.files.push(`.changeset/${file}`);
    }
  }
  return result;
}
