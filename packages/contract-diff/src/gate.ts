/**
 * The gate: every change needs a pending changeset that names it (contains its changelog line) and declares a large
 * enough bump of the client. A breaking change without one fails; a smaller one is a reminder.
 */

import { CLIENT_PACKAGE } from '@error-contract/spec/brand-view';
import type { Change } from './change.ts';
import { type ChangelogEntry, changelogGroups } from './changelog.ts';
import { changesetsNaming, type PendingChangeset } from './changesets.ts';
import { BUMP_OF, type Bump, largerBump, requiredBump } from './policy.ts';

/** The breaking-change gate's verdict on a set of changes and the pending changesets that name them. */
export interface GateVerdict {
  ok: boolean;
  required: Bump | undefined;
  /** The largest bump declared by the changesets that name any of the changes. */
  declared: Bump | undefined;
  /** The changelog entries no pending changeset names with a large enough bump. */
  missing: ChangelogEntry[];
  message: string;
}

export function gate(changes: readonly Change[], changesets: readonly PendingChangeset[]): GateVerdict {
  const required = requiredBump(changes);
  const naming = new Set<PendingChangeset>();
  const missing = changelogGroups(changes).filter((entry) => {
    const named = changesetsNaming(entry.line, changesets);
    for (const changeset of named) naming.add(changeset);
    const declared = named.reduce<Bump | undefined>(
      (largest, changeset) => largerBump(largest, changeset.bump),
      undefined,
    );
    const needed = BUMP_OF[entry.severity];
    return largerBump(needed, declared) !== declared;
  });
  const declared = [...naming].reduce<Bump | undefined>(
    (largest, changeset) => largerBump(largest, changeset.bump),
    undefined,
  );
  const found =
    naming.size === 0
      ? 'no pending changeset names any of them'
      : `named by ${[...naming].map((changeset) => `${changeset.file} (${changeset.bump})`).join(', ')}`;
  const verdict = { required, declared, missing };
  if (required === undefined) return { ...verdict, ok: true, message: 'No change to the contract.' };
  const unnamed = `${missing.length} of their changelog lines ${missing.length === 1 ? 'is' : 'are'} in no pending changeset with a large enough bump`;
  if (missing.some((entry) => entry.severity === 'breaking')) {
    return {
      ...verdict,
      ok: false,
      message: `FAIL: breaking changes need a pending changeset with '${CLIENT_PACKAGE}': major that contains their changelog lines; ${unnamed} (${found}).`,
    };
  }
  if (missing.length > 0) {
    // Only breaking changes fail the gate; a missing smaller bump is a reminder.
    return {
      ...verdict,
      ok: true,
      message: `OK, but these changes call for a ${required} bump of ${CLIENT_PACKAGE}; ${unnamed} (${found}).`,
    };
  }
  return {
    ...verdict,
    ok: true,
    message: `OK: the changes call for a ${required} bump of ${CLIENT_PACKAGE}; ${found}.`,
  };
}
