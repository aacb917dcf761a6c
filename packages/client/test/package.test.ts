import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { attwProblems, packageDir, publintMessages } from '../scripts/package-checks.ts';

beforeAll(() => {
  if (!existsSync(join(packageDir, 'dist', 'client.js'))) throw new Error('Run `pnpm build` before these tests.');
});

it('passes publint with warnings and suggestions counted', async () => {
  expect(await publintMessages()).toEqual([]);
});

it('passes Are the Types Wrong for every entry point', () => {
  expect(attwProblems()).toBeUndefined();
});
