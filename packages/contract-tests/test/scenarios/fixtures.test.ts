/** The scenario's committed patch must keep applying to the sandbox as it is, or the slow scenario fails late. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repoDir } from '@error-contract/spec/workspace';
import { expect, test } from 'vitest';

const patch = fileURLToPath(new URL('../../fixtures/rate-limit.patch', import.meta.url));

test('the rate-limit patch applies to the current sandbox', () => {
  const check = spawnSync('git', ['apply', '--check', patch], { cwd: repoDir, encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});

test('the rate-limit patch touches only the sandbox', () => {
  const files = [...readFileSync(patch, 'utf8').matchAll(/^\+\+\+ b\/(\S+)/gm)].map(([, file]) => file);
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => !file?.startsWith('apps/sandbox/'))).toEqual([]);
});
