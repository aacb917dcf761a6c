import { readFileSync } from 'node:fs';
import { catalogOf } from '@error-contract/spec/catalog';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { describe, expect, test } from 'vitest';
import { tokenLimitMessage } from '../src/operations/create-token.ts';
import { reproductionTable } from '../src/reproduction-table.ts';
import { identifiersWithoutTrigger, resolveTrigger, triggerNames } from '../src/triggers.ts';

const catalogs = publishedBrands().map((brand) => ({
  brand,
  entries: catalogOf(loadBundle(brand)),
  identifiers: catalogOf(loadBundle(brand)).map(({ identifier }) => identifier),
}));

describe.each(catalogs)('the $brand catalog', ({ entries, identifiers }) => {
  test('has a trigger for every identifier', () => {
    expect(identifiersWithoutTrigger(new Set(identifiers))).toEqual([]);
  });

  test('has an identifier for every trigger', () => {
    expect(triggerNames.filter((name) => !resolveTrigger(name, new Set(identifiers)))).toEqual([]);
  });

  test('only lets createToken return the quota error, as the catalog says', () => {
    const quota = resolveTrigger('tokenQuotaSpent', new Set(identifiers));
    const operations = entries.find((entry) => entry.identifier === quota)?.operations;
    expect(operations ?? ['createToken']).toContain('createToken');
  });
});

test.each([
  [
    'reports an identifier no trigger returns',
    { given: ['BAD_VALUE', 'VALIDATION_ERROR'], want: ['VALIDATION_ERROR'] },
  ],
  ['reports nothing when every identifier has a trigger', { given: ['BAD_VALUE', 'JSON_ERROR'], want: [] }],
  ['counts a fallback identifier as triggered', { given: ['PARTNER_CONTRACT_ERROR'], want: [] }],
])('%s', (_name, { given, want }) => {
  expect(identifiersWithoutTrigger(new Set(given))).toEqual(want);
});

test("uses Mark ID's documented message when the token quota is spent", () => {
  const markid = catalogs.find(({ brand }) => brand === 'markid');
  const permissions = markid?.entries.find(({ identifier }) => identifier === 'PERMISSIONS_ERROR');
  expect(permissions?.example.message).toBe(tokenLimitMessage);
});

/** A Markdown table without the padding a formatter adds to align its columns. */
function unpadded(markdown: string): string {
  return markdown.replace(/ *\| */g, '|').replace(/\|-{3,}(?=\|)/g, '|---');
}

test('lists every reproduction in the README table, as the reproduction-table script prints it', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const brands = publishedBrands().map((brand) => ({ brand, bundle: loadBundle(brand) }));
  expect(unpadded(readme)).toContain(unpadded(reproductionTable(brands)));
});
