/**
 * The clients against the sandbox, end to end: every identifier's trigger, sent by the brand's generated client,
 * comes back as that standard API error with status 400, a docsUrl whose anchor is on the built errors page, and a
 * raw body valid against the spec.
 */
import { describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { outcomeOf, runRecipe } from '../src/client-calls.ts';
import { anchorsIn, readPage } from '../src/docs-site.ts';
import { useSandbox } from '../src/servers.ts';
import { triggerRecipesOf } from '../src/trigger-recipes.ts';

const sandbox = useSandbox();

describe.each(brands)('%s', (brandId) => {
  const { bundle, identifiers, validator, errorSchemaOf, declaredErrorsOf } = brand(brandId);
  const docsRoot = bundle.externalDocs.url;
  const triggerRecipes = triggerRecipesOf(brandId);

  const triggers = identifiers.map((identifier) => [identifier, triggerRecipes[identifier]?.trigger ?? 'no recipe']);

  it.each(triggers)(
    '%s, triggered by %s, comes back as that api-error: status 400, a docsUrl anchor on the errors page, a body valid against the spec',
    async (identifier) => {
      const where = `${brandId}: ${identifier}`;
      const recipe = triggerRecipes[identifier];
      expect(recipe, `${where}: needs a reproduction in spec/reproductions/${identifier}.yaml`).toBeDefined();
      if (!recipe) return;

      const { result, reply } = await runRecipe(recipe, brandId, sandbox.current.brandUrl(brandId));
      expect(outcomeOf(result), `${where}: ${recipe.trigger}`).toEqual({ kind: 'api-error', identifier, status: 400 });
      if (result.kind !== 'api-error') return;

      expect(result.docsUrl.startsWith(docsRoot), `${where}: docsUrl ${result.docsUrl} under ${docsRoot}`).toBe(true);
      const [route = '', anchor = ''] = result.docsUrl.slice(docsRoot.length).replace(/^\//, '').split('#');
      const page = readPage(route);
      expect(page, `${where}: docsUrl ${result.docsUrl} is a page of the built docs site`).toBeDefined();
      expect(anchorsIn(page ?? ''), `${where}: docsUrl ${result.docsUrl}`).toContain(decodeURIComponent(anchor));

      const body = JSON.parse(reply?.text ?? '');
      const schema = errorSchemaOf(recipe.operationId);
      expect(validator.validate(schema, body).errors, `${where}: body against ${recipe.operationId}'s 400`).toEqual([]);
      expect(declaredErrorsOf(recipe.operationId), `${where}: errors ${recipe.operationId} declares`).toContain(
        identifier,
      );
    },
  );
});
