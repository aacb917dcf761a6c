/**
 * The built docs site against the brand bundles: each Redoc reference embeds exactly its bundle, and each errors
 * page lists exactly the brand's identifiers, in the spec's order, each with its anchor and its explanation.
 */
import { identifierRows } from '@error-contract/docs/errors-page';
import { embeddedDefinition } from '@error-contract/docs/reference-page';
import { errorsRoute, referenceRoute } from '@error-contract/docs/site-layout';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { brand, brands } from '../src/brands.ts';
import { readPage } from '../src/docs-site.ts';

const markdown = new MarkdownIt({ html: false, linkify: false });

describe.each(brands)('%s', (brandId) => {
  const { bundle, catalog } = brand(brandId);

  it('has a reference page that embeds exactly the brand bundle', () => {
    const route = referenceRoute(brandId);
    const page = readPage(route);
    expect(page, `${brandId}: ${route} in the built site`).toBeDefined();
    expect(embeddedDefinition(page ?? ''), `${brandId}: ${route}`).toEqual(bundle);
  });

  it("has an errors page that lists exactly the brand's identifiers, each with its anchor and explanation", () => {
    const route = errorsRoute(brandId);
    const page = readPage(route);
    expect(page, `${brandId}: ${route} in the built site`).toBeDefined();
    const want = catalog.map(({ identifier, docsAnchor, explanation }) => ({
      anchor: docsAnchor,
      identifier,
      explanation: markdown.renderInline(explanation),
    }));
    expect(identifierRows(page ?? ''), `${brandId}: ${route}`).toEqual(want);
  });
});
