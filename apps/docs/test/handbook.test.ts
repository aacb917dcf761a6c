/**
 * The built handbook and its machine-readable twins against the brand bundles: one entry per identifier at its
 * docs anchor with every section, the errors page's rows linking to the entries, a Markdown twin of every page,
 * llms.txt and llms-full.txt, the catalog as JSON and the search index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { operationsOf } from '@error-contract/spec/bundle';
import { canReturn, catalogOf, causeOf } from '@error-contract/spec/catalog';
import { matrixOf } from '@error-contract/spec/reproductions';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { declaredBrands, errorsPagePath, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { identifierLinks } from '../src/errors-page.ts';
import { linkRewriter, renderMarkdown } from '../src/markdown.ts';
import type { SearchDocument } from '../src/search.ts';
import {
  catalogJsonRoute,
  errorsRoute,
  handbookRoute,
  llmsFullRoute,
  llmsIndexRoute,
  markdownTwinRoute,
  relativeLink,
  searchIndexRoute,
  siteDir,
} from '../src/site-layout.ts';
import { textOf } from './support/published-snippets.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const readRoute = (route: string) => readFileSync(join(siteDir, route), 'utf8');
const inline = (markdown: string) => new MarkdownIt().renderInline(markdown);

/** The HTML of each entry of a handbook page, by the id of its heading. */
function entrySections(html: string): Map<string, { heading: string; body: string }> {
  const parts = html.split(/(?=<h2 id=")/).slice(1);
  return new Map(
    parts.map((part) => {
      const [, id = '', heading = ''] = /^<h2 id="([^"]+)">([^<]*)<\/h2>/.exec(part) ?? [];
      return [id, { heading, body: part }];
    }),
  );
}

describe.each(publishedBrands())('%s', (brand) => {
  const bundle = loadBundle(brand);
  const catalog = catalogOf(bundle);

  it('has one handbook entry per identifier, in catalog order, each under its docs anchor', () => {
    const sections = entrySections(readRoute(handbookRoute(brand)));
    expect([...sections].map(([id, { heading }]) => [id, heading])).toEqual(
      catalog.map((entry) => [entry.docsAnchor, entry.identifier]),
    );
  });

  it.each(catalog.map((entry) => [entry.identifier, entry] as const))(
    'gives %s its explanation, causes per operation, fix, retry advice, example, reproduction and handling',
    (_identifier, entry) => {
      const body = entrySections(readRoute(handbookRoute(brand))).get(entry.docsAnchor)?.body ?? '';
      const operations = operationsOf(bundle).filter((operation) => canReturn(entry, operation.operationId));
      // It opens with its summary and its facts at a glance.
      expect(body).toMatch(
        new RegExp(`^<h2 id="[^"]+">[^<]+</h2>\\s*<p>${escapeRegExp(inline(entry.explanation))}</p>\\s*<ul>`),
      );
      const glance = textOf(/<ul>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '');
      const statuses = [
        ...new Set(
          matrixOf(bundle)
            .cells.filter((cell) => cell.identifier === entry.identifier)
            .map((cell) => cell.reproduction?.status),
        ),
      ];
      expect(glance).toContain(`HTTP status: ${statuses.join(', ')}`);
      expect(glance).toContain(`Retryable: ${entry.retryable ? 'yes' : 'no'}`);
      for (const operation of operations) expect(glance).toContain(operation.operationId);
      for (const operation of operations) {
        expect(body).toContain(`<code>${operation.operationId}</code>`);
        expect(body).toContain(inline(causeOf(entry, operation.operationId) ?? 'no cause'));
      }
      expect(body).toContain(inline(entry.fix));
      expect(body).toMatch(entry.retryable ? /<h3>Retrying<\/h3>\s*<p>Yes:/ : /<h3>Retrying<\/h3>\s*<p>No:/);
      const example = /<code class="language-json">([\s\S]*?)<\/code>/.exec(body)?.[1] ?? '';
      expect(JSON.parse(textOf(example))).toEqual(bundle.components.examples?.[entry.identifier]?.value);
      expect(textOf(body)).toMatch(/Reproduce it[\s\S]*curl -X /);
      expect(body).toContain(`<code class="language-ts">`);
      expect(textOf(body)).toContain(`result.identifier === '${entry.identifier}'`);
    },
  );

  it('links each row of the errors page to its handbook entry: on the site relatively, in the Markdown page as docsUrl', () => {
    const links = identifierLinks(readRoute(errorsRoute(brand)));
    const fromErrorsPage = (href = '') => posix.normalize(posix.join(posix.dirname(errorsRoute(brand)), href));
    expect(
      Object.fromEntries(Object.entries(links).map(([identifier, href]) => [identifier, fromErrorsPage(href)])),
    ).toEqual(
      Object.fromEntries(catalog.map((entry) => [entry.identifier, `${handbookRoute(brand)}#${entry.docsAnchor}`])),
    );
    const markdownPage = readFileSync(errorsPagePath(brand), 'utf8');
    for (const entry of catalog) {
      expect(markdownPage).toContain(`](${errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor)})`);
    }
  });

  it('serves the seed-format Markdown page unchanged as the errors page twin', () => {
    expect(readRoute(markdownTwinRoute(errorsRoute(brand)))).toBe(readFileSync(errorsPagePath(brand), 'utf8'));
  });

  it('lists every Markdown twin of the brand in llms.txt, and puts them all in llms-full.txt', () => {
    const index = readRoute(llmsIndexRoute(brand));
    expect(index).toMatch(new RegExp(`^# ${bundle.info.title}\\n\\n> `));
    const links = [...index.matchAll(/^- \[[^\]]+\]\(([^)]+)\): /gm)].map(([, href]) => `${brand}/${href}`);
    const twins = readdirSync(join(siteDir, brand))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${brand}/${name}`);
    expect(links.sort()).toEqual(twins.sort());
    const full = readRoute(llmsFullRoute(brand));
    for (const twin of twins) expect(full).toContain(readRoute(twin).trimEnd());
  });

  it('publishes the catalog as JSON, each identifier with its causes, fix, example and docsUrl', () => {
    const json = JSON.parse(readRoute(catalogJsonRoute(brand)));
    expect(json).toMatchObject({ brand, title: bundle.info.title });
    expect(json.identifiers).toEqual(
      catalog.map((entry) => {
        const operations = operationsOf(bundle)
          .map((operation) => operation.operationId)
          .filter((operationId) => canReturn(entry, operationId));
        return {
          identifier: entry.identifier,
          explanation: entry.explanation,
          retryable: entry.retryable,
          operations,
          causes: Object.fromEntries(operations.map((operationId) => [operationId, causeOf(entry, operationId)])),
          fix: entry.fix,
          example: { identifier: entry.identifier, ...entry.example },
          docsAnchor: entry.docsAnchor,
          docsUrl: errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor),
        };
      }),
    );
  });

  it('indexes every identifier for the offline search, with the brand name, linked to its entry', () => {
    const documents = JSON.parse(readRoute(searchIndexRoute)) as SearchDocument[];
    const name = declaredBrands().find((declared) => declared.id === brand)?.name;
    expect(
      documents.filter((doc) => doc.brand === brand).map((doc) => [doc.identifier, doc.brandName, doc.route]),
    ).toEqual(catalog.map((entry) => [entry.identifier, name, `${handbookRoute(brand)}#${entry.docsAnchor}`]));
  });

  it('lists every identifier beside the entries, in catalog order, each with its summary and linked to its entry', () => {
    const nav = /<nav class="toc"[\s\S]*?<\/nav>/.exec(readRoute(handbookRoute(brand)))?.[0] ?? '';
    const items = [...nav.matchAll(/<li><a href="#([^"]+)"><code>([^<]+)<\/code><span>([\s\S]*?)<\/span><\/a><\/li>/g)];
    expect(items.map(([, anchor, identifier, summary]) => [anchor, identifier, summary])).toEqual(
      catalog.map((entry) => [entry.docsAnchor, entry.identifier, inline(entry.explanation)]),
    );
  });
});

it('gives every HTML page a Markdown twin, linked from the page where the site renders it', () => {
  const pages = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));
  expect(pages.length).toBeGreaterThanOrEqual(1 + 4 * declaredBrands().length);
  for (const page of pages) {
    expect(existsSync(join(siteDir, markdownTwinRoute(page))), `${page}'s twin`).toBe(true);
  }
  for (const brand of publishedBrands()) {
    for (const route of [handbookRoute(brand), errorsRoute(brand)]) {
      expect(readRoute(route)).toContain(
        `<link rel="alternate" type="text/markdown" href="${relativeLink(route, markdownTwinRoute(route))}">`,
      );
    }
  }
});

describe('rendering Markdown', () => {
  it('anchors a heading at its {#id} and leaves the attribute out of the text', () => {
    expect(renderMarkdown('## TOKEN_NOT_VALID {#TOKEN_NOT_VALID}\n')).toBe(
      '<h2 id="TOKEN_NOT_VALID">TOKEN_NOT_VALID</h2>\n',
    );
  });

  it('refuses raw HTML, escaping it', () => {
    expect(renderMarkdown('<script>alert(1)</script>\n')).not.toContain('<script>');
  });

  const rewrites: Array<[name: string, { given: string; want: string }]> = [
    [
      'a page of the site, from a brand page',
      { given: 'https://docs.test/idenfy/handbook.html#X', want: '../idenfy/handbook.html#X' },
    ],
    [
      'a link elsewhere, left as it is',
      { given: 'https://elsewhere.test/idenfy/handbook.html', want: 'https://elsewhere.test/idenfy/handbook.html' },
    ],
  ];
  it.each(rewrites)('makes links under the public root relative: %s', (_name, { given, want }) => {
    expect(linkRewriter('https://docs.test', 'idenfy/errors.html')(given)).toBe(want);
  });
});
