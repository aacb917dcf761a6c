/**
 * Adding a brand names every text it still needs: a third brand, declared and worded as the API team would, lints
 * clean; with each kind of brand-keyed map left without its text in turn, lint fails once, naming the map and the
 * brand, and the build says what is missing instead of crashing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import { buildBrands, lintSources } from '../src/pipeline.ts';
import { copySpec, repoDir } from '../src/workspace.ts';
import { addBrandLike, editYaml } from './support/add-brand.ts';

const BRAND = { id: 'verifyco', name: 'VerifyCo' };

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A copy of the spec with the third brand, a reseller of Mark ID. */
function specWithThirdBrand(): { root: string; configPath: string } {
  root = mkdtempSync(join(tmpdir(), 'error-contract-brand-maps-'));
  const { configPath } = copySpec(root);
  addBrandLike(root, { id: 'markid', name: 'Mark ID' }, BRAND);
  return { root, configPath };
}

const removals: Array<[name: string, { file: string; path: string[]; want: string }]> = [
  [
    "a catalog text (an identifier's explanation)",
    {
      file: 'spec/components/schemas/ErrorIdentifier.yaml',
      path: ['x-error-catalog', 'UNAUTHORIZED', 'explanation', BRAND.id],
      want: `x-error-catalog.UNAUTHORIZED.explanation: no entry for brand "${BRAND.id}"`,
    },
  ],
  [
    "the errors page's intro",
    {
      file: 'spec/components/schemas/ErrorResponse.yaml',
      path: ['x-docs-page', 'intro', BRAND.id],
      want: `x-docs-page.intro: no entry for brand "${BRAND.id}"`,
    },
  ],
  [
    "the errors page's lead above the body table",
    {
      file: 'spec/components/schemas/ErrorResponse.yaml',
      path: ['x-docs-page', 'bodyLead', BRAND.id],
      want: `x-docs-page.bodyLead: no entry for brand "${BRAND.id}"`,
    },
  ],
  [
    "the errors page's front matter, which a brand without one states as null",
    {
      file: 'spec/components/schemas/ErrorResponse.yaml',
      path: ['x-docs-page', 'frontMatter', BRAND.id],
      want: `x-docs-page.frontMatter: no entry for brand "${BRAND.id}" (null if it has none)`,
    },
  ],
  [
    "an override (the API's support contact)",
    {
      file: 'spec/openapi.yaml',
      path: ['info', 'contact', 'x-brand-overrides', BRAND.id],
      want: `x-brand-overrides: no entry for brand "${BRAND.id}" ({} to keep the defaults)`,
    },
  ],
  [
    'an override in a schema (the largest image)',
    {
      file: 'spec/components/schemas/Image.yaml',
      path: ['x-brand-overrides', BRAND.id],
      want: `x-brand-overrides: no entry for brand "${BRAND.id}" ({} to keep the defaults)`,
    },
  ],
];

describe('a third brand', () => {
  it('lints clean once every brand map speaks for it', async () => {
    const { configPath } = specWithThirdBrand();
    const lint = await lintSources({ configPath });
    expect(lint.output).toBe('');
    expect(lint.ok).toBe(true);
  });

  it.each(removals)('without %s fails lint once, naming the map and the brand', async (_name, { file, path, want }) => {
    const copy = specWithThirdBrand();
    editYaml(copy.root, file, (document: Document) => {
      expect(document.hasIn(path), `${file} has ${path.join('.')}`).toBe(true);
      document.deleteIn(path);
    });
    const lint = await lintSources({ configPath: copy.configPath });
    expect(lint.ok).toBe(false);
    const named = lint.problems.filter((problem) => problem.message.includes(want));
    expect(named.map((problem) => problem.rule)).toEqual(['error-contract/brand-maps-complete']);
    expect(named[0]?.file).toContain(file.replace(/^spec\//, ''));
  });

  it('without a text the errors page needs fails to build with what is missing, not a crash', async () => {
    const copy = specWithThirdBrand();
    editYaml(copy.root, 'spec/components/schemas/ErrorResponse.yaml', (document: Document) => {
      document.deleteIn(['x-docs-page', 'intro', BRAND.id]);
    });
    await expect(buildBrands({ configPath: copy.configPath, outDir: join(copy.root, 'dist') })).rejects.toThrow(
      `${BRAND.id}: x-docs-page has no intro for this brand`,
    );
  });
});

// The root `pnpm lint` (turbo's lint of every package) once ran the spec's build first, which crashed on a missing
// text before the lint could name it: the spec's lint must wait for no task that reads the brand maps.
it("has the root lint run the spec's lint before any build", () => {
  const plan = JSON.parse(
    execFileSync('pnpm', ['exec', 'turbo', 'run', 'lint', '--dry=json'], { cwd: repoDir, encoding: 'utf8' }),
  ) as { tasks: Array<{ taskId: string; dependencies: string[] }> };
  const byId = new Map(plan.tasks.map((task) => [task.taskId, task]));
  const waitsFor = new Set<string>();
  const pending = ['@error-contract/spec#lint'];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const dependency of byId.get(id)?.dependencies ?? []) {
      if (!waitsFor.has(dependency)) pending.push(dependency);
      waitsFor.add(dependency);
    }
  }
  expect(byId.has('@error-contract/spec#lint')).toBe(true);
  expect([...waitsFor].filter((id) => id.endsWith('#build'))).toEqual([]);
});
