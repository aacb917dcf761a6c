import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Change, ChangeKind } from '../src/change.ts';
import { declaredBump } from '../src/changesets.ts';
import { gate } from '../src/gate.ts';
import { tempDir } from './support/temp-dir.ts';

/** A repository folder whose `.changeset/` holds these files. */
function repoWithChangesets(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.changeset'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, '.changeset', name), text);
  return dir;
}

const changeset = (releases: string) => `---\n${releases}\n---\n\nA change.\n`;
const README = '# Changesets\n\nNot a changeset.\n';

const changesOf = (...kinds: ChangeKind[]): Change[] => kinds.map((kind) => ({ brand: 'idenfy', kind, subject: 'X' }));

describe('the bump the pending changesets declare', () => {
  test.each<[string, { given: Record<string, string>; want: string | undefined }]>([
    ['no changeset declares nothing', { given: { 'README.md': README }, want: undefined }],
    [
      'a major changeset for the client declares major',
      { given: { 'a.md': changeset("'@error-contract/client': major") }, want: 'major' },
    ],
    [
      'the largest of several changesets counts',
      {
        given: {
          'a.md': changeset("'@error-contract/client': patch"),
          'b.md': changeset('"@error-contract/client": major'),
          'c.md': changeset("'@error-contract/client': minor"),
        },
        want: 'major',
      },
    ],
    [
      'a major bump of another package does not count',
      { given: { 'a.md': changeset("'@error-contract/docs': major") }, want: undefined },
    ],
    [
      'a "none" release declares nothing',
      { given: { 'a.md': changeset("'@error-contract/client': none") }, want: undefined },
    ],
  ])('%s', (_name, { given, want }) => {
    expect(declaredBump(repoWithChangesets(given)).bump).toBe(want);
  });

  test('a repository without a .changeset folder declares nothing', () => {
    expect(declaredBump(tempDir())).toEqual({ bump: undefined, files: [] });
  });

  test('a malformed changeset is an error, as it is for changeset version', () => {
    expect(() => declaredBump(repoWithChangesets({ 'a.md': 'no front matter' }))).toThrow(/could not parse changeset/);
  });
});

describe('the gate', () => {
  test.each<[string, { given: { changes: Change[]; declared: string | undefined }; want: boolean }]>([
    [
      'a breaking change without a changeset fails',
      { given: { changes: changesOf('identifier-removed'), declared: undefined }, want: false },
    ],
    [
      'a breaking change with a minor changeset fails',
      { given: { changes: changesOf('identifier-removed'), declared: 'minor' }, want: false },
    ],
    [
      'a breaking change with a major changeset passes',
      { given: { changes: changesOf('identifier-removed'), declared: 'major' }, want: true },
    ],
    [
      'an added identifier without a changeset passes',
      { given: { changes: changesOf('identifier-added'), declared: undefined }, want: true },
    ],
    ['no change passes', { given: { changes: [], declared: undefined }, want: true }],
  ])('%s', (_name, { given, want }) => {
    const declared =
      given.declared === undefined
        ? { bump: undefined, files: [] }
        : { bump: given.declared as 'major', files: ['.changeset/a.md'] };
    expect(gate(given.changes, declared).ok).toBe(want);
  });

  test('a failure names the changeset it needs', () => {
    const verdict = gate(changesOf('request-tightened'), { bump: 'minor', files: ['.changeset/a.md'] });
    expect(verdict.message).toBe(
      "FAIL: breaking changes need a pending changeset with '@error-contract/client': major; found .changeset/a.md (minor).",
    );
  });

  test('a smaller bump than the changes call for is a reminder, not a failure', () => {
    const verdict = gate(changesOf('identifier-added'), { bump: undefined, files: [] });
    expect(verdict).toMatchObject({ ok: true, required: 'minor' });
    expect(verdict.message).toMatch(/^OK, but these changes call for a minor bump/);
  });
});
