import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Change } from '../src/change.ts';
import { changelogEntries } from '../src/changelog.ts';
import { type PendingChangeset, pendingChangesets } from '../src/changesets.ts';
import { gate } from '../src/gate.ts';
import type { Bump } from '../src/policy.ts';
import { tempDir } from './support/temp-dir.ts';

/** A repository folder whose `.changeset/` holds these files. */
function repoWithChangesets(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.changeset'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, '.changeset', name), text);
  return dir;
}

const changeset = (releases: string, summary = 'A change.') => `---\n${releases}\n---\n\n${summary}\n`;
const README = '# Changesets\n\nNot a changeset.\n';

const removed: Change = { brand: 'idenfy', kind: 'identifier-removed', subject: 'TOKEN_NOT_VALID' };
const added: Change = { brand: 'idenfy', kind: 'operation-added', subject: 'getVerificationSummary' };
const [removedLine = '', addedLine = ''] = changelogEntries([removed, added]);

const pending = (bump: Bump | undefined, summary: string): PendingChangeset => ({
  file: '.changeset/a.md',
  bump,
  summary,
});

describe('the pending changesets', () => {
  test.each<[string, { given: Record<string, string>; want: Array<Bump | undefined> }]>([
    ['the README is not a changeset', { given: { 'README.md': README }, want: [] }],
    [
      'each changeset declares its bump of the client',
      {
        given: {
          'a.md': changeset("'@error-contract/client': patch"),
          'b.md': changeset('"@error-contract/client": major'),
        },
        want: ['patch', 'major'],
      },
    ],
    [
      'a bump of another package declares nothing for the client',
      { given: { 'a.md': changeset("'@error-contract/docs': major") }, want: [undefined] },
    ],
    [
      'a "none" release declares nothing',
      { given: { 'a.md': changeset("'@error-contract/client': none") }, want: [undefined] },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(pendingChangesets(repoWithChangesets(given)).map((entry) => entry.bump)).toEqual(want);
  });

  test('a changeset keeps its summary, the text that names the changes it covers', () => {
    const dir = repoWithChangesets({ 'a.md': changeset("'@error-contract/client': major", removedLine) });
    expect(pendingChangesets(dir)).toEqual([{ file: '.changeset/a.md', bump: 'major', summary: removedLine }]);
  });

  test('a repository without a .changeset folder has none', () => {
    expect(pendingChangesets(tempDir())).toEqual([]);
  });

  test('a malformed changeset is an error, as it is for changeset version', () => {
    expect(() => pendingChangesets(repoWithChangesets({ 'a.md': 'no front matter' }))).toThrow(
      /could not parse changeset/,
    );
  });
});

describe('the gate', () => {
  test.each<[string, { given: { changes: Change[]; changesets: PendingChangeset[] }; want: boolean }]>([
    ['a breaking change without a changeset fails', { given: { changes: [removed], changesets: [] }, want: false }],
    [
      'a breaking change named by a minor changeset fails',
      { given: { changes: [removed], changesets: [pending('minor', removedLine)] }, want: false },
    ],
    [
      'a breaking change named by a major changeset passes',
      { given: { changes: [removed], changesets: [pending('major', removedLine)] }, want: true },
    ],
    [
      'a major changeset that names other changes does not cover a breaking one',
      { given: { changes: [removed], changesets: [pending('major', 'Typed clients for both brands.')] }, want: false },
    ],
    [
      'a changeset names a line however it is wrapped and listed',
      {
        given: {
          changes: [removed],
          changesets: [pending('major', `Changes:\n  * ${removedLine.slice(2).replaceAll(' ', '\n    ')}`)],
        },
        want: true,
      },
    ],
    ['a minor change without a changeset passes', { given: { changes: [added], changesets: [] }, want: true }],
    ['no change passes', { given: { changes: [], changesets: [] }, want: true }],
  ])('%s', (_name, { given, want }) => {
    expect(gate(given.changes, given.changesets).ok).toBe(want);
  });

  test('a failure says which lines no changeset names', () => {
    const verdict = gate([removed, added], [pending('major', addedLine)]);
    expect(verdict.missing.map((entry) => entry.line)).toEqual([removedLine]);
    expect(verdict.message).toBe(
      "FAIL: breaking changes need a pending changeset with '@error-contract/client': major that contains their changelog lines; 1 of their changelog lines is in no pending changeset with a large enough bump (named by .changeset/a.md (major)).",
    );
  });

  test('a smaller bump than the changes call for is a reminder, not a failure', () => {
    const verdict = gate([added], []);
    expect(verdict).toMatchObject({ ok: true, required: 'minor', declared: undefined });
    expect(verdict.message).toMatch(/^OK, but these changes call for a minor bump/);
  });

  test('every change named with a large enough bump passes and names the changesets', () => {
    const verdict = gate([removed, added], [pending('major', `${removedLine}\n${addedLine}`)]);
    expect(verdict).toMatchObject({ ok: true, required: 'major', declared: 'major', missing: [] });
    expect(verdict.message).toBe(
      'OK: the changes call for a major bump of @error-contract/client; named by .changeset/a.md (major).',
    );
  });
});
