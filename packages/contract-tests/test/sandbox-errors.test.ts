/**
 * The clients against the sandbox, end to end: every identifier's reproduction, sent by the brand's generated client,
 * comes back as that standard API error with status 400, a docsUrl whose anchor is on the built handbook, and a raw
 * body valid against the spec.
 */
import { describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { outcomeOf, runReproduction } from '../src/client-calls.ts';
import { clientReproductionsOf } from '../src/client-reproductions.ts';
import { anchorsIn, readPage } from '../src/docs-site.ts';
import { useSandbox } from '../src/servers.ts';

const sandbox = useSandbox();

describe.each(brands)('%s', (brandId) => {
  const { bundle, identifiers, validator, errorSchemaOf, declaredErrorsOf } = brand(brandId);
  const docsRoot = bundle.externalDocs.url;
  const reproductions = clientReproductionsOf(brandId);

  const cases = identifiers.map((identifier) => [identifier, reproductions[identifier]?.summary ?? 'no reproduction']);

  it.each(cases)(
    '%s, reproduced by %s, comes back as that api-error: status 400, a docsUrl anchor on the handbook, a body valid against the spec',
    async (identifier) => {
      const where = `${brandId}: ${identifier}`;
      const reproduction = reproductions[identifier];
      expect(reproduction, `${where}: needs a reproduction in spec/reproductions/${identifier}.yaml`).toBeDefined();
      if (!reproduction) return;

      const { result, reply } = await runReproduction(reproduction, brandId, sandbox.current.brandUrl(brandId));
      expect(outcomeOf(result), `${where}: ${reproduction.summary}`).toEqual({
        kind: 'api-error',
        identifier,
        status: 400,
      });
      if (result.kind !== 'api-error') return;

      expect(result.docsUrl.startsWith(docsRoot), `${where}: docsUrl ${result.docsUrl} under ${docsRoot}`).toBe(true);
      const [route = '', anchor = ''] = result.docsUrl.slice(docsRoot.length).replace(/^\//, '').split('#');
      const page = readPage(route);
      expect(page, `${where}: docsUrl ${result.docsUrl} is a page of the built docs site`).toBeDefined();
      expect(anchorsIn(page ?? ''), `${where}: docsUrl ${result.docsUrl}`).toContain(decodeURIComponent(anchor));

      const body = JSON.parse(reply?.text ?? '');
      const schema = errorSchemaOf(reproduction.operationId);
      expect(
        validator.validate(schema, body).errors,
        `${where}: body against ${reproduction.operationId}'s 400`,
      ).toEqual([]);
      expect(
        declaredErrorsOf(reproduction.operationId),
        `${where}: errors ${reproduction.operationId} declares`,
      ).toContain(identifier);
    },
  );
});
