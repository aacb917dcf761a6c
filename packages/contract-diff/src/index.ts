/** The breaking-change gate as a library: the differ, the policy, the changelog and the gate's verdict. */
export type { Change, ChangeKind } from './change.ts';
export { type ChangelogEntry, changelogEntries, changelogGroups } from './changelog.ts';
export { changesetsNaming, type PendingChangeset, pendingChangesets } from './changesets.ts';
export { type Bundles, diffBrands, diffBundle } from './diff-bundles.ts';
export { type GateVerdict, gate } from './gate.ts';
export { type Bump, FLAGS, requiredBump, SEVERITY, type Severity, severityOf } from './policy.ts';
export { type ConstraintChange, compareSchemas } from './schema-compare.ts';
