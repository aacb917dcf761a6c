import { readFileSync } from 'node:fs';
import { publishedBrands } from '@error-contract/spec/brands';
import { catalogOf, loadBundle } from '@error-contract/spec/catalog';
import { describe, expect, test } from 'vitest';
import { tokenLimitMessage } from '../src/operations/create-token.ts';
import { triggerTable } from '../src/trigger-table.ts';
import { identifiersWithoutTrigger, isOptionalTrigger, resolveTrigger, triggerNames } from '../src/triggers.ts';

const catalogs = publishedBrands().map((brand) => ({
  brand,
  entries: catalogOf(loadBundle(brand)),
  identifiers: catalogOf(loadBundle(brand)).map(({ identifier }) => identifier),
}));

describe.each(catalogs)('the $brand catalog', ({ entries, identifiers }) => {
  test('has a trigger for every identifier', () => {
    expect(identifiersWithoutTrigger(new Set(identifiers))).toEqual([]);
  });

  // A trigger for a rule the real API introduced later may target an identifier this brand does not have (yet);
  // the sandbox then does not enforce that rule for the brand. Every other trigger must resolve here.
  test('has an identifier for every trigger but those enforced only where cataloged', () => {
    const unresolved = triggerNames.filter((name) => !resolveTrigger(name, new Set(identifiers)));
    expect(unresolved.filter((name) => !isOptionalTrigger(name))).toEqual([]);
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
  ['counts an identifier only an optional trigger returns', { given: ['BAD_VALUE', 'TOO_MANY_REQUESTS'], want: [] }],
  ['reports nothing when every identifier has a trigger', { given: ['BAD_VALUE', 'JSON_ERROR'], want: [] }],
  ['counts a fallback identifier as triggered', { given: ['PARTNER_CONTRACT_ERROR'], want: [] }],
])('%s', (_name, { given, want }) => {
  expect(identifiersWithoutTrigger(new Set(given))).toEqual(want);
});

test('enforces the rate limit only where the catalog has TOO_MANY_REQUESTS, and never answers another identifier', () => {
  expect(isOptionalTrigger('rateLimited')).toBe(true);
  expect(resolveTrigger('rateLimited', new Set(['BAD_VALUE', 'PERMISSIONS_ERROR']))).toBeUndefined();
  expect(resolveTrigger('rateLimited', new Set(['BAD_VALUE', 'TOO_MANY_REQUESTS']))).toBe('TOO_MANY_REQUESTS');
});

test('lists an identifier no catalog has yet in the trigger table, with no brand marked', () => {
  const table = triggerTable([{ brand: 'a', identifiers: ['BAD_VALUE'] }]);
  expect(table).toMatch(/^\| `TOO_MANY_REQUESTS` \| more requests .*\(no brand's catalog has it yet\) \| no \|$/m);
  expect(triggerTable([{ brand: 'a', identifiers: ['TOO_MANY_REQUESTS'] }])).toMatch(
    /^\| `TOO_MANY_REQUESTS` .* \| yes \|$/m,
  );
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

test('lists every trigger in the README table, as the trigger-table script prints it', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  expect(unpadded(readme)).toContain(unpadded(triggerTable(catalogs)));
});
