import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedDefinition } from '@error-contract/docs/reference-page';
import { errorsRoute, referenceRoute, siteDir } from '@error-contract/docs/site-layout';
import { operationsOf } from '@error-contract/spec/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { brandClient } from '../src/brand-clients.ts';
import { siteFromDir, siteFromPages } from '../src/built-site.ts';
import { codeSampleProblems, sampleFiles, typescriptSamplesOf } from '../src/code-samples.ts';
import { docsUrlProblems } from '../src/docs-url.ts';
import { errorsPageProblems } from '../src/errors-page.ts';
import { definitionProblems } from '../src/reference-definition.ts';
import { type TypeCheck, typeCheck } from '../src/type-check.ts';
import { brands, contractOf } from './support/contract.ts';

const samplesDir = fileURLToPath(new URL('../test-results/code-samples', import.meta.url));
const readRoute = (route: string) => readFileSync(join(siteDir, route), 'utf8');
const site = siteFromDir(siteDir);

const samplesOf = (brand: string) => typescriptSamplesOf(contractOf(brand).bundle);
const operationIdsOf = (brand: string) =>
  operationsOf(contractOf(brand).bundle).map((operation) => operation.operationId);

/** The createToken sample of iDenfy, reading a field the client's ApiError does not have (any more). */
const removedField = new Map([
  ['createToken', (samplesOf('idenfy').get('createToken') ?? '').replaceAll('result.docsUrl', 'result.helpUrl')],
]);

let samplesCheck: TypeCheck;
beforeAll(() => {
  const files = new Map(brands.flatMap((brand) => [...sampleFiles(brand, samplesOf(brand))]));
  for (const [name, source] of sampleFiles('mutated', removedField)) files.set(name, source);
  samplesCheck = typeCheck(files, samplesDir);
});

function docsUrlProblemsOf(brand: string, builtSite = site): string[] {
  const { bundle } = contractOf(brand);
  return Object.entries(brandClient(brand).catalog).flatMap(([identifier, { docsUrl }]) =>
    docsUrlProblems(`${brand}: identifier ${identifier}`, docsUrl, bundle.externalDocs.url, builtSite),
  );
}

describe.each(brands)('the %s docs', (brand) => {
  const { bundle, catalog } = contractOf(brand);

  it('embed exactly the brand bundle in the built API reference page', () => {
    const embedded = embeddedDefinition(readRoute(referenceRoute(brand)));
    expect(definitionProblems(`${brand}: ${referenceRoute(brand)} embedded definition`, bundle, embedded)).toEqual([]);
  });

  it("have an anchor on the built errors page for every identifier's docsUrl in the client", () => {
    expect(Object.keys(brandClient(brand).catalog)).toEqual(catalog.map((entry) => entry.identifier));
    expect(docsUrlProblemsOf(brand)).toEqual([]);
  });

  it("list exactly the brand's identifiers, with the spec's explanations, on the built errors page", () => {
    expect(errorsPageProblems(brand, errorsRoute(brand), readRoute(errorsRoute(brand)), catalog)).toEqual([]);
  });

  it('have TypeScript code samples for every operation that type-check against the generated client', () => {
    expect(samplesOf(brand).size).toBeGreaterThan(0);
    expect(codeSampleProblems(brand, brand, operationIdsOf(brand), samplesOf(brand), samplesCheck)).toEqual([]);
  });
});

describe('the docs checks fail with the page and identifier named', () => {
  it('when the reference page embeds a definition that differs from the bundle', () => {
    const { bundle } = contractOf('markid');
    const embedded = structuredClone(bundle);
    embedded.info.title = 'Mark ID API (old)';
    expect(definitionProblems('markid: markid/reference.html embedded definition', bundle, embedded)).toEqual([
      `markid: markid/reference.html embedded definition at /info/title: expected ${JSON.stringify(bundle.info.title)}, got "Mark ID API (old)"`,
    ]);
  });

  it('when an anchor of the errors page is renamed', () => {
    const route = errorsRoute('idenfy');
    const html = readRoute(route).replace('id="TOKEN_NOT_VALID"', 'id="token-not-valid"');
    expect(docsUrlProblemsOf('idenfy', siteFromPages({ [route]: html }))).toEqual([
      'idenfy: identifier TOKEN_NOT_VALID: expected the anchor #TOKEN_NOT_VALID on idenfy/errors.html, got none',
    ]);
    expect(errorsPageProblems('idenfy', route, html, contractOf('idenfy').catalog)).toEqual([
      'idenfy: identifier TOKEN_NOT_VALID: expected its row on idenfy/errors.html anchored #TOKEN_NOT_VALID, got #token-not-valid',
    ]);
  });

  it('when the errors page misses an identifier, has one too many, or words one differently', () => {
    const route = errorsRoute('markid');
    const html = readRoute(route)
      .replace(/<tr id="PERMISSIONS_ERROR">[\s\S]*?<\/tr>/, '')
      .replace('<td>Wrong HTTP method.</td>', '<td>Wrong method.</td>')
      .replace(
        /<\/tbody>(?![\s\S]*<\/tbody>)/,
        '<tr id="RATE_LIMITED">\n<td><code>RATE_LIMITED</code></td>\n<td>Too many requests.</td>\n</tr>\n</tbody>',
      );
    expect(errorsPageProblems('markid', route, html, contractOf('markid').catalog)).toEqual([
      'markid: identifier METHOD_NOT_ALLOWED: expected the explanation "Wrong HTTP method." on markid/errors.html, got "Wrong method."',
      'markid: identifier PERMISSIONS_ERROR: expected a row on markid/errors.html, got none',
      'markid: identifier RATE_LIMITED: expected no row on markid/errors.html (not in the spec), got a row',
    ]);
  });

  it('when a code sample uses a field the client does not have', () => {
    const problems = codeSampleProblems('idenfy', 'mutated', ['createToken'], removedField, samplesCheck);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^idenfy: code sample createToken: expected to type-check against the client, got TS2339 at line \d+: Property 'helpUrl' does not exist on type /,
    );
  });
});
