import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorsRoute, siteDir } from '@error-contract/docs/site-layout';
import { describe, expect, it } from 'vitest';
import { type BuiltSite, siteFromDir, siteFromPages } from '../src/built-site.ts';
import { endToEndProblems } from '../src/end-to-end-error.ts';
import { runRecipe } from '../src/run-recipe.ts';
import { missingRecipeProblems, triggerRecipes } from '../src/trigger-recipes.ts';
import { brands, contractOf } from './support/contract.ts';
import { useSandbox } from './support/sandbox.ts';

const sandbox = useSandbox();
const site = siteFromDir(siteDir);

function recipeOf(identifier: string) {
  const recipe = triggerRecipes[identifier];
  if (!recipe) throw new Error(`No trigger recipe for ${identifier}: see the test of missing recipes.`);
  return recipe;
}

async function sendTrigger(
  brand: string,
  identifier: string,
  builtSite: BuiltSite,
  rewriteReply?: (text: string) => string,
) {
  const { bundle, validator } = contractOf(brand);
  const recipe = recipeOf(identifier);
  const run = await runRecipe(recipe, { brand, baseUrl: sandbox.current.brandUrl(brand), rewriteReply });
  const expectation = { brand, identifier, operationId: recipe.operationId, bundle, validator, site: builtSite };
  return endToEndProblems(expectation, run);
}

describe.each(brands)('the %s client against the sandbox', (brand) => {
  const identifiers = contractOf(brand).catalog.map((entry) => entry.identifier);

  it('has a trigger recipe for every identifier of the catalog', () => {
    expect(missingRecipeProblems(brand, identifiers)).toEqual([]);
  });

  const triggers = identifiers.map((identifier) => [identifier, triggerRecipes[identifier]?.trigger ?? 'no recipe']);

  it.each(triggers)(
    'gets %s for %s: an api-error with status 400, a docsUrl on the built errors page and a body valid against the spec',
    async (identifier) => {
      expect(await sendTrigger(brand, identifier, site)).toEqual([]);
    },
  );
});

describe('the end-to-end check fails with the identifier named', () => {
  it('when the sandbox answers with another identifier', async () => {
    const wrongIdentifier = (text: string) => text.replace('"TOKEN_NOT_VALID"', '"BAD_VALUE"');
    expect(await sendTrigger('idenfy', 'TOKEN_NOT_VALID', site, wrongIdentifier)).toEqual([
      'idenfy: identifier TOKEN_NOT_VALID: expected identifier TOKEN_NOT_VALID, got BAD_VALUE',
    ]);
  });

  it('when the sandbox answers with an identifier the operation does not declare', async () => {
    const undeclared = (text: string) => text.replace('"TOKEN_NOT_VALID"', '"PERMISSIONS_ERROR"');
    expect(await sendTrigger('markid', 'TOKEN_NOT_VALID', site, undeclared)).toEqual([
      'markid: identifier TOKEN_NOT_VALID: expected identifier TOKEN_NOT_VALID, got PERMISSIONS_ERROR',
      'markid: identifier TOKEN_NOT_VALID: expected an identifier processVerification declares in its 400 examples, got PERMISSIONS_ERROR',
    ]);
  });

  it('when the built errors page lost the anchor of the docsUrl', async () => {
    const route = errorsRoute('markid');
    const html = readFileSync(join(siteDir, route), 'utf8').replace('id="JSON_ERROR"', 'id="json-error"');
    expect(await sendTrigger('markid', 'JSON_ERROR', siteFromPages({ [route]: html }))).toEqual([
      'markid: identifier JSON_ERROR: expected the anchor #JSON_ERROR on markid/errors.html, got none',
    ]);
  });

  it('when an identifier of the catalog has no trigger recipe', () => {
    expect(missingRecipeProblems('markid', ['BAD_VALUE', 'NEW_IDENTIFIER'])).toEqual([
      'markid: identifier NEW_IDENTIFIER: expected a trigger recipe in packages/contract-tests/src/trigger-recipes.ts, got none',
    ]);
  });
});
