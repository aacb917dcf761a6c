import type { BrandBundle } from '@error-contract/spec/bundle';
import { catalogOf, IDENTIFIER_SCHEMA } from '@error-contract/spec/catalog';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterEach, describe, expect, test } from 'vitest';
import { faultHeader, faultValue } from '../src/handle-request.ts';
import { jsonHeaders, requestExampleBody } from './support/fixtures.ts';
import { sendRaw } from './support/raw-request.ts';
import { useSandbox } from './support/sandbox.ts';

const sandbox = useSandbox();
const brands = publishedBrands();
const builtBundles = () => Object.fromEntries(brands.map((brand) => [brand, loadBundle(brand)]));

/** A copy of the brand's bundle whose INTERNAL_ERROR example says `message`, as an edit of the spec would. */
function withInternalErrorMessage(bundle: BrandBundle, message: string): BrandBundle {
  const copy = structuredClone(bundle);
  const catalog = copy.components.schemas[IDENTIFIER_SCHEMA] as {
    'x-error-catalog': Record<string, { example: object }>;
  };
  const entry = catalog['x-error-catalog'].INTERNAL_ERROR;
  if (!entry) throw new Error('The bundle has no INTERNAL_ERROR to edit.');
  entry.example = { ...entry.example, message };
  return copy;
}

async function internalErrorMessage(brand: string): Promise<string> {
  const reply = await sendRaw(sandbox.current.url, {
    path: `/${brand}/api/v2/status`,
    headers: { ...jsonHeaders(), [faultHeader]: faultValue },
    body: requestExampleBody(brand, 'getVerificationStatus'),
  });
  return JSON.parse(reply.text).message;
}

afterEach(() => sandbox.current.useBundles(builtBundles()));

describe.each(brands)('the %s sandbox', (brand) => {
  const builtMessage = catalogOf(loadBundle(brand)).find(({ identifier }) => identifier === 'INTERNAL_ERROR')?.example
    .message;

  test('serves the bundles it is given from the next request on, without a restart', async () => {
    expect(await internalErrorMessage(brand)).toBe(builtMessage);
    const edited = `${builtMessage} (edited)`;
    sandbox.current.useBundles({ ...builtBundles(), [brand]: withInternalErrorMessage(loadBundle(brand), edited) });
    expect(await internalErrorMessage(brand)).toBe(edited);
  });

  test('keeps serving its bundles when a served brand has none in the swap', async () => {
    const { [brand]: _left, ...others } = builtBundles();
    const edited = Object.fromEntries(
      Object.entries(others).map(([id, bundle]) => [id, withInternalErrorMessage(bundle, 'never served')]),
    );
    expect(() => sandbox.current.useBundles(edited)).toThrow(`no bundle for the served brand "${brand}"`);
    for (const id of brands)
      expect(await internalErrorMessage(id)).toBe(
        catalogOf(loadBundle(id)).find(({ identifier }) => identifier === 'INTERNAL_ERROR')?.example.message,
      );
  });
});
