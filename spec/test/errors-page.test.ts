import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogOf } from '../src/catalog.ts';
import { identifierCell, renderErrorsPage } from '../src/errors-page.ts';
import { errorDocsUrl } from '../src/site-routes.ts';
import { errorsPagePath, loadBundle, publishedBrands } from '../src/workspace.ts';
import { markdownBlocks, tablesOf } from './support/markdown-blocks.ts';

const identifierRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('|<a id='));

describe.each(publishedBrands())('the %s errors page', (brand) => {
  it("anchors each identifier's row once, at its docs anchor, and links it to its handbook entry", () => {
    const bundle = loadBundle(brand);
    const catalog = catalogOf(bundle);
    const rows = identifierRows(readFileSync(errorsPagePath(brand), 'utf8'));
    expect(
      rows.map((row) =>
        [...row.matchAll(/<a id="([^"]*)"><\/a>\[`([^`]*)`\]\(([^)]*)\)/g)].map((match) => match.slice(1)),
      ),
    ).toEqual(
      catalog.map((entry) => [
        [entry.docsAnchor, entry.identifier, errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor)],
      ]),
    );
  });
});

describe("an identifier's cell", () => {
  const url = 'https://docs.example/idenfy/handbook.html#TOKEN_NOT_VALID';
  const cases: Array<[name: string, { given: [identifier: string, anchor: string, url: string]; want: string }]> = [
    [
      'anchored at the identifier',
      {
        given: ['TOKEN_NOT_VALID', 'TOKEN_NOT_VALID', url],
        want: `<a id="TOKEN_NOT_VALID"></a>[\`TOKEN_NOT_VALID\`](${url})`,
      },
    ],
    [
      'kept at an old anchor after a rename',
      {
        given: ['TOKEN_INVALID', 'TOKEN_NOT_VALID', url],
        want: `<a id="TOKEN_NOT_VALID"></a>[\`TOKEN_INVALID\`](${url})`,
      },
    ],
    [
      'linked to a URL with parentheses, escaped so the link stays one link',
      {
        given: ['BAD_VALUE', 'BAD_VALUE', 'https://docs.example/(v2)/handbook.html#BAD_VALUE'],
        want: '<a id="BAD_VALUE"></a>[`BAD_VALUE`](https://docs.example/%28v2%29/handbook.html#BAD_VALUE)',
      },
    ],
  ];

  it.each(cases)(
    'is the anchor, then the identifier as code linked to its entry, when %s',
    (_name, { given, want }) => {
      expect(identifierCell(...given)).toBe(want);
    },
  );

  it('escapes an anchor the lint would reject, rather than writing broken HTML', () => {
    expect(identifierCell('BAD_VALUE', 'x" onclick="y', url)).toBe(
      `<a id="x&quot; onclick=&quot;y"></a>[\`BAD_VALUE\`](${url})`,
    );
  });

  it('compares as its text: the seed comparison leaves the anchor and the link out as markup', () => {
    const bundle = structuredClone(loadBundle('idenfy'));
    const catalog = bundle.components.schemas.ErrorIdentifier?.['x-error-catalog'] ?? {};
    for (const entry of Object.values(catalog)) entry.docsAnchor = 'renamed';
    const identifierTable = tablesOf(markdownBlocks(renderErrorsPage(bundle)))[1] ?? [];
    expect(identifierTable.slice(1).map(([cell]) => cell)).toEqual(
      Object.keys(catalog).map((identifier) => `\`${identifier}\``),
    );
  });
});
