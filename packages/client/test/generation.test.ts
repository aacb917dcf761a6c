import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrandBundle, operationsOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCatalogModule } from '../codegen/catalog-module.ts';
import {
  type ClientEntry,
  generatedDir,
  listFiles,
  packageJsonPath,
  packageJsonWithExports,
  publishedEntryFields,
  writeGenerated,
} from '../codegen/generate.ts';
import { errorCatalogUnder } from '../src/brand.ts';
import { type ErrorCatalogEntry, idenfyErrorCatalog, idenfyErrorIdentifiers } from '../src/generated/idenfy/index.ts';
import { markIdErrorCatalog, markIdErrorIdentifiers } from '../src/generated/markid/index.ts';
import { brands } from './support/brands.ts';

const exportedCatalogs: Record<string, Readonly<Record<string, ErrorCatalogEntry>>> = {
  idenfy: idenfyErrorCatalog,
  markid: markIdErrorCatalog,
};

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

async function generateInto(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'client-generated-'));
  outDirs.push(outDir);
  await writeGenerated(outDir);
  return outDir;
}

it('regenerating from the bundles gives the committed files, byte for byte', async () => {
  const outDir = await generateInto();
  expect(listFiles(outDir)).toEqual(listFiles(generatedDir));
  for (const path of listFiles(outDir)) {
    const fresh = readFileSync(join(outDir, path));
    const committed = readFileSync(join(generatedDir, path));
    expect(fresh.equals(committed), `${path} differs: run \`pnpm generate\` and commit the result`).toBe(true);
  }
});

// The build regenerates src/generated/ before the tests run, so in CI the working tree cannot show a stale commit:
// compare with the committed blobs instead.
it.runIf(process.env.CI === 'true')('matches the committed files byte for byte (CI)', async () => {
  const outDir = await generateInto();
  for (const path of listFiles(outDir)) {
    const committed = execFileSync('git', ['show', `HEAD:./src/generated/${path}`], {
      cwd: join(generatedDir, '..', '..'),
    });
    expect(readFileSync(join(outDir, path)).equals(committed), `${path} is not committed as generated`).toBe(true);
  }
});

it("exports every published brand's entry points, and the generator, from the workspace package", () => {
  expect(readFileSync(packageJsonPath, 'utf8'), 'package.json: run `pnpm generate` and commit the result').toBe(
    packageJsonWithExports(),
  );
  const { exports, private: isPrivate } = JSON.parse(readFileSync(packageJsonPath, 'utf8'));
  expect(isPrivate).toBe(true);
  const brandEntries = publishedBrands().flatMap((brand) => [
    `./${brand}`,
    `./${brand}/testing`,
    `./${brand}/testing/msw`,
  ]);
  expect(Object.keys(exports)).toEqual(['./codegen', ...brandEntries, './masking', './package.json']);
  for (const brand of publishedBrands()) expect(listFiles(generatedDir)).toContain(`${brand}/index.ts`);
});

describe("a brand's published package", () => {
  const cases: Array<[name: string, { given: ClientEntry[]; want: Record<string, unknown> }]> = [
    [
      'the root entry alone: main, types and exports, no typesVersions',
      {
        given: [{ subpath: '.', module: 'index' }],
        want: {
          main: './dist/generated/markid/index.js',
          types: './dist/generated/markid/index.d.ts',
          exports: {
            '.': { types: './dist/generated/markid/index.d.ts', default: './dist/generated/markid/index.js' },
            './package.json': './package.json',
          },
        },
      },
    ],
    [
      'a second entry: exported, and mapped for moduleResolution node by typesVersions',
      {
        given: [
          { subpath: '.', module: 'index' },
          { subpath: './testing', module: 'testing' },
        ],
        want: {
          main: './dist/generated/markid/index.js',
          types: './dist/generated/markid/index.d.ts',
          exports: {
            '.': { types: './dist/generated/markid/index.d.ts', default: './dist/generated/markid/index.js' },
            './testing': {
              types: './dist/generated/markid/testing.d.ts',
              default: './dist/generated/markid/testing.js',
            },
            './package.json': './package.json',
          },
          typesVersions: { '*': { testing: ['./dist/generated/markid/testing.d.ts'] } },
        },
      },
    ],
  ];

  it.each(cases)('names %s', (_name, { given, want }) => {
    expect(publishedEntryFields('markid', given)).toEqual(want);
  });

  it('needs a root entry', () => {
    expect(() => publishedEntryFields('markid', [{ subpath: './testing', module: 'testing' }])).toThrow(
      'no root entry',
    );
  });
});

it('generates the same bytes twice in a row', async () => {
  const [first, second] = [await generateInto(), await generateInto()];
  for (const path of listFiles(first)) {
    expect(readFileSync(join(first, path)).equals(readFileSync(join(second, path))), path).toBe(true);
  }
});

it('generates one folder per published brand', () => {
  expect(brands.map((brand) => brand.id)).toEqual(publishedBrands());
});

const exportedIdentifiers: Record<string, readonly string[]> = {
  idenfy: idenfyErrorIdentifiers,
  markid: markIdErrorIdentifiers,
};

describe.each(brands)('the generated $id client', ({ id, definition, bundle }) => {
  it("knows exactly the spec's identifiers, in the order of the docs page", () => {
    expect(Object.keys(definition.catalog)).toEqual(bundle.components.schemas.ErrorIdentifier?.enum);
    expect(exportedIdentifiers[id]).toEqual(bundle.components.schemas.ErrorIdentifier?.enum);
  });

  it("copies each identifier's explanation, retry hint and anchor from x-error-catalog", () => {
    const fromSpec = catalogOf(bundle).map(({ identifier, explanation, retryable, docsAnchor }) => ({
      identifier,
      explanation,
      retryable,
      docsAnchor,
    }));
    const exported = Object.entries(exportedCatalogs[id] ?? {}).map(([identifier, entry]) => ({
      identifier,
      ...entry,
    }));
    expect(exported.map(({ docsUrl, ...entry }) => entry)).toEqual(fromSpec);
  });

  it("exports each identifier's docsUrl on the public docs site, as the site's route function builds it", () => {
    const fromSpec = catalogOf(bundle).map(({ identifier, docsAnchor }) => [
      identifier,
      errorDocsUrl(bundle.externalDocs.url, id, docsAnchor),
    ]);
    const exported = Object.entries(exportedCatalogs[id] ?? {}).map(([identifier, { docsUrl }]) => [
      identifier,
      docsUrl,
    ]);
    expect(exported).toEqual(fromSpec);
  });

  it('maps every operation to its path and x-effect', () => {
    const fromSpec = operationsOf(bundle).map((operation) => [
      operation.operationId,
      { path: operation.path, effect: operation['x-effect'] },
    ]);
    const generated = Object.entries(definition.operations).map(([name, [path, effect]]) => [name, { path, effect }]);
    expect(generated).toEqual(fromSpec);
  });

  it('takes the server, the docs root and the request id header from the bundle', () => {
    expect(definition.baseUrl).toBe(bundle.servers[0]?.url);
    expect(definition.docsRoot).toBe(bundle.externalDocs.url);
    expect(definition.requestIdHeader).toBe('X-Request-Id');
  });
});

describe('a docs anchor that is not its identifier', () => {
  it('is the anchor of the generated row, and of the exported docsUrl', () => {
    const bundle = structuredClone(brands[0]?.bundle) as BrandBundle;
    const catalog = bundle.components.schemas.ErrorIdentifier?.['x-error-catalog'] as Record<
      string,
      { docsAnchor: string }
    >;
    if (!catalog.BAD_VALUE) throw new Error('The bundle has no BAD_VALUE.');
    catalog.BAD_VALUE.docsAnchor = 'bad-value';
    const id = brands[0]?.id ?? '';
    expect(renderCatalogModule(id, bundle)).toMatch(
      new RegExp(`^ {2}BAD_VALUE: \\[".*", false, "${id}/handbook.html#bad-value"\\],$`, 'm'),
    );
    const exported = errorCatalogUnder({
      docsRoot: 'https://docs.test/',
      catalog: { BAD_VALUE: ['Supplied value is not valid.', false, 'idenfy/handbook.html#bad-value'] },
    });
    expect(exported.BAD_VALUE).toMatchObject({
      docsAnchor: 'bad-value',
      docsUrl: 'https://docs.test/idenfy/handbook.html#bad-value',
    });
  });
});
