/**
 * The pages that once grew with operations × identifiers (the handbook, the catalog JSON, the reference's Markdown
 * twin and llms-full.txt) name each shared set of identifiers once: adding operations that share the brand's sets
 * names no identifier more often, and names each added operation once, where its set lists it.
 */
import { type BrandBundle, declaredIdentifiersOf, operationsOf } from '@error-contract/spec/bundle';
import {
  type CatalogEntry,
  canReturn,
  catalogOf,
  DEFAULT_CAUSE,
  IDENTIFIER_SCHEMA,
} from '@error-contract/spec/catalog';
import { declaredBrands, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { handbookEntries, handbookMarkdown } from '../src/handbook.ts';
import { identifierSetsOf } from '../src/identifier-sets.ts';
import { catalogJson, llmsFull } from '../src/machine-readable.ts';
import { referenceMarkdown } from '../src/reference-outline.ts';

const COPIES = 3;

/**
 * The bundle with `COPIES` more of each operation, each on a path of its own and sharing the original's 400
 * response; the catalog extends to them as packages/contract-tests' grow-spec extends the sources: a restricted
 * identifier and its reproductions name the copy too, and a cause of the original's own stands for the copy where
 * there is no default.
 */
function withOperationCopies(bundle: BrandBundle): { grown: BrandBundle; added: string[] } {
  const grown = structuredClone(bundle);
  const catalog = (grown.components.schemas[IDENTIFIER_SCHEMA] as { 'x-error-catalog': Record<string, CatalogEntry> })[
    'x-error-catalog'
  ];
  const added: string[] = [];
  for (const { path, method, ...operation } of operationsOf(bundle)) {
    for (let copy = 1; copy <= COPIES; copy += 1) {
      const operationId = `${operation.operationId}Copy${copy}`;
      grown.paths[`${path}-copy-${copy}`] = { [method]: { ...structuredClone(operation), operationId } };
      added.push(operationId);
      for (const entry of Object.values(catalog)) {
        if (entry.operations?.includes(operation.operationId)) entry.operations.push(operationId);
        const own = entry.causes[operation.operationId];
        if (entry.causes[DEFAULT_CAUSE] === undefined && own !== undefined) entry.causes[operationId] = own;
        for (const reproduction of entry.reproductions) {
          if (reproduction.operations?.includes(operation.operationId)) reproduction.operations.push(operationId);
        }
      }
    }
  }
  return { grown, added };
}

/** The pages, rendered from a bundle as the build renders them. */
function pagesOf(brandId: string, bundle: BrandBundle): Record<string, string> {
  const brand = declaredBrands().find((declared) => declared.id === brandId);
  if (!brand) throw new Error(`${brandId} is not declared.`);
  const sets = identifierSetsOf(bundle);
  const entries = handbookEntries(brand, bundle, sets);
  const handbook = handbookMarkdown({ title: 'Error handbook', intro: 'Every error.', entries, sets });
  const reference = referenceMarkdown(brandId, bundle, sets);
  const twins = [
    { title: 'Error handbook', route: `${brandId}/handbook.md`, description: '', markdown: handbook },
    { title: 'API reference', route: `${brandId}/reference.md`, description: '', markdown: reference },
  ];
  return {
    'handbook.md': handbook,
    'errors.json': catalogJson(brandId, bundle, entries, sets),
    'reference.md': reference,
    'llms-full.txt': llmsFull(bundle.info.title, 'The errors.', twins),
  };
}

/** How often a page names `name` as a whole word (`createTokenCopy1` is not `createTokenCopy10`). */
const mentions = (page: string, name: string) => page.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;

describe.each(publishedBrands())('%s', (brandId) => {
  const bundle = loadBundle(brandId);
  const { grown, added } = withOperationCopies(bundle);
  const before = pagesOf(brandId, bundle);
  const after = pagesOf(brandId, grown);

  it("names each set of identifiers after the 400 response its operations share, with that response's identifiers", () => {
    const { sets, byOperation } = identifierSetsOf(bundle);
    expect(sets.map((set) => set.response).sort()).toEqual(
      [
        ...new Set(operationsOf(bundle).map((operation) => (operation.responses['400'] as { $ref: string }).$ref)),
      ].sort(),
    );
    for (const operation of operationsOf(bundle)) {
      const set = byOperation.get(operation.operationId);
      expect(set?.identifiers, operation.operationId).toEqual(declaredIdentifiersOf(bundle, operation));
      expect(set?.identifiers, operation.operationId).toEqual(
        catalogOf(bundle)
          .filter((entry) => canReturn(entry, operation.operationId))
          .map((entry) => entry.identifier),
      );
    }
  });

  it('keeps the sets when operations are added that share them', () => {
    const names = (sets: ReturnType<typeof identifierSetsOf>) => sets.sets.map((set) => [set.name, set.identifiers]);
    expect(names(identifierSetsOf(grown))).toEqual(names(identifierSetsOf(bundle)));
  });

  it.each(Object.keys(before))('names no identifier more often in %s when operations are added', (page) => {
    // A set's name spells out identifiers (`StandardError.TOKEN_NOT_VALID`): naming the set is not naming them.
    const setNames = identifierSetsOf(bundle)
      .sets.map((set) => set.name)
      .sort((a, b) => b.length - a.length);
    const counts = (text = '') => {
      const withoutSets = setNames.reduce((rest, name) => rest.replaceAll(name, 'SET'), text);
      return Object.fromEntries(
        catalogOf(bundle).map((entry) => [entry.identifier, mentions(withoutSets, entry.identifier)]),
      );
    };
    expect(counts(after[page])).toEqual(counts(before[page]));
  });

  it.each([
    ['handbook.md', { inItsSet: 1, inItsSection: 0 }],
    ['errors.json', { inItsSet: 1, inItsSection: 0 }],
    ['reference.md', { inItsSet: 0, inItsSection: 2 }],
    ['llms-full.txt', { inItsSet: 1, inItsSection: 2 }],
  ] as const)(
    'names each added operation in %s only where its set lists it, its own section and its own causes',
    (page, { inItsSet, inItsSection }) => {
      const catalog = catalogOf(grown);
      const counts = Object.fromEntries(
        added.map((operationId) => [operationId, mentions(after[page] ?? '', operationId)]),
      );
      // A cause of its own is the catalog's, written once for it (the handbook's causes, the JSON's `causes`).
      const ownCauses = (operationId: string) =>
        page === 'reference.md' ? 0 : catalog.filter((entry) => entry.causes[operationId] !== undefined).length;
      expect(counts).toEqual(
        Object.fromEntries(added.map((operationId) => [operationId, inItsSet + inItsSection + ownCauses(operationId)])),
      );
    },
  );
});
