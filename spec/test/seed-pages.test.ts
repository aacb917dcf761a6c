import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../src/catalog.ts';
import { errorsPagePath, loadBundle, publishedBrands } from '../src/workspace.ts';
import { markdownBlocks, tablesOf } from './support/markdown-blocks.ts';
import {
  hasSeed,
  readSeed,
  seedComparison,
  seedFileAt,
  seedSkipReason,
  seedsVariable,
  skipSeedTests,
} from './support/seeds.ts';

const brands = publishedBrands();
const generatedPage = (brand: string) => readFileSync(errorsPagePath(brand), 'utf8');
const identifiersInTable = (rows: string[][]) => rows.slice(1).map(([cell]) => cell?.replaceAll('`', ''));

// The reporter shows a skipped suite without its name, so say why here.
if (skipSeedTests) console.warn(`Seed comparison ${seedSkipReason}`);

describe.skipIf(skipSeedTests)(
  `generated pages reproduce the seed pages${skipSeedTests ? ` (${seedSkipReason})` : ''}`,
  () => {
    describe.each(brands)('%s', (brand) => {
      // Read inside each test, never while the suite is collected, so a skipped suite reads nothing.
      const seed = () => markdownBlocks(readSeed(brand));
      const page = () => markdownBlocks(generatedPage(brand));

      // A brand declared after the seed pages were taken has no original page to reproduce.
      const noSeed = !hasSeed(brand);
      if (noSeed) console.warn(`Seed comparison of ${brand} skipped: no seed page is numbered for it.`);

      it.skipIf(noSeed)('has the same tables, cell for cell', () => {
        expect(tablesOf(page())).toEqual(tablesOf(seed()));
      });

      it.skipIf(noSeed)('has the same text blocks, front matter and notes', () => {
        const textBlocks = (blocks: ReturnType<typeof markdownBlocks>) =>
          blocks.filter((block) => block.kind !== 'table');
        expect(textBlocks(page())).toEqual(textBlocks(seed()));
      });

      it.skipIf(noSeed)("publishes exactly the seed's identifiers, in the seed's order", () => {
        const seedIdentifiers = identifiersInTable(tablesOf(seed())[1] ?? []);
        expect(catalogOf(loadBundle(brand)).map((entry) => entry.identifier)).toEqual(seedIdentifiers);
        expect(loadBundle(brand).components.schemas.ErrorIdentifier?.enum).toEqual(seedIdentifiers);
      });
    });

    it('lists PERMISSIONS_ERROR and its token-limit note for Mark ID only', () => {
      expect(generatedPage('idenfy')).not.toContain('PERMISSIONS_ERROR');
      const markid = generatedPage('markid');
      expect(identifiersInTable(tablesOf(markdownBlocks(markid))[1] ?? [])).toContain('PERMISSIONS_ERROR');
      expect(markid).toContain(
        '{: .important }\nA common error that results in 400 Bad Request with a message "Partner reached token limit."',
      );
    });
  },
);

describe('the seed comparison', () => {
  const root = '/checkouts/error-contract';
  const cases: Array<[name: string, { given: Record<string, string>; want: { dir: string } | 'skipped' }]> = [
    [
      'is skipped without the variable, even under CI=true (GitHub sets it too)',
      { given: { CI: 'true' }, want: 'skipped' },
    ],
    ['is skipped when the variable is empty', { given: { [seedsVariable]: '' }, want: 'skipped' }],
    [
      'reads a relative folder from the repository root',
      { given: { [seedsVariable]: '../shared/seeds' }, want: { dir: '/checkouts/shared/seeds' } },
    ],
    ['reads an absolute folder as it is', { given: { [seedsVariable]: '/seeds' }, want: { dir: '/seeds' } }],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const comparison = seedComparison(given, root);
    if (want === 'skipped')
      expect(comparison).toEqual({ skipReason: expect.stringContaining(`${seedsVariable} is not set`) });
    else expect(comparison).toEqual(want);
  });
});

describe("a brand's seed page", () => {
  const files = ['001_4ac8.txt', '000_a565.txt', 'README.md'];
  const cases: Array<[name: string, { given: number; want: string | undefined }]> = [
    ['the first declared brand', { given: 0, want: '000_a565.txt' }],
    ['the second declared brand', { given: 1, want: '001_4ac8.txt' }],
    ['a brand added after the seeds (none: its comparison is skipped)', { given: 2, want: undefined }],
  ];

  it.each(cases)('is the file numbered by its position, for %s', (_name, { given, want }) => {
    expect(seedFileAt(given, files)).toBe(want);
  });

  it('is ambiguous, and rejected, when two files share a number', () => {
    expect(() => seedFileAt(0, [...files, '000_other.txt'])).toThrow('More than one seed page starts with 000_');
  });
});
