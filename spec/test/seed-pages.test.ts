import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedBrands } from '../src/brands.ts';
import { catalogOf, loadBundle } from '../src/catalog.ts';
import { errorsPagePath } from '../src/locations.ts';
import { markdownBlocks, tablesOf } from './support/markdown-blocks.ts';
import { readSeed, seedSkipReason, skipSeedTests } from './support/seeds.ts';

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

      it('has the same tables, cell for cell', () => {
        expect(tablesOf(page())).toEqual(tablesOf(seed()));
      });

      it('has the same text blocks, front matter and notes', () => {
        const textBlocks = (blocks: ReturnType<typeof markdownBlocks>) =>
          blocks.filter((block) => block.kind !== 'table');
        expect(textBlocks(page())).toEqual(textBlocks(seed()));
      });

      it("publishes exactly the seed's identifiers, in the seed's order", () => {
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
