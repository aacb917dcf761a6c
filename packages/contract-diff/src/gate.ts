/** The gate: a breaking change passes only with a pending changeset that declares a major bump of the client. */

import { CLIENT_PACKAGE } from '@error-contract/spec/brand-view';
import type { Change } from './change.ts';
import type { DeclaredBump } from './changesets.ts';
import { type Bump, largerBump, requiredBump } from './policy.ts';

/** The breaking-change gate's verdict on a set of changes and the bump the pending changesets declare. */
export interface GateVerdict {
  ok: boolean;
  required: Bump | undefined;
  declared: Bump | undefined;
  message: string;
}

export function gate(changes: readonly Change[], declared: DeclaredBump): GateVerdict {
  const required = requiredBump(changes);
  const found = declared.bump === undefined ? 'no changeset for it' : `${declared.files.join(', ')} (${declared.bump})`;
  const verdict = { required, declared: declared.bump };
  if (required === undefined) return { ...verdict, ok: true, message: 'No change to the contract.' };
  if (required === 'major' && declared.bump !== 'major') {
    return {
      ...verdict,
      ok: false,
      message: `FAIL: breaking changes need a pending changeset with '${CLIENT_PACKAGE}': major; found ${found}.`,
    };
  }
  if (largerBump(required, declared.bump) !== declared.bump) {
    // Only breaking changes fail the gate; a missing smaller bump is a reminder.
    return {
      ...verdict,
      ok: true,
      message: `OK, but these changes call for a ${required} bump of ${CLIENT_PACKAGE}; found ${found}.`,
    };
  }
  return {
    ...verdict,
    ok: true,
    message: `OK: the changes call for a ${required} bump of ${CLIENT_PACKAGE}; found ${found}.`,
  };
}
