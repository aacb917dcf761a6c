/**
 * The built handbook and its machine-readable twins against the brand bundles: one entry per identifier at its
 * docs anchor with every section, each set of identifiers once with its operations, the errors page's rows linking to
 * the entries, a Markdown twin of every page, llms.txt and llms-full.txt, the reference's twin, the catalog as JSON
 * and the search index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { operationsOf } from '@error-contract/spec/bundle';
import { canReturn, catalogOf, DEFAULT_CAUSE } from '@error-contract/spec/catalog';
import { matrixOf } from '@error-contract/spec/reproductions';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { declaredBrands, errorsPagePath, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { identifierLinks } from '../src/errors-page.ts';
import { identifierSetsOf } from '../src/identifier-sets.ts';
import { linkRewriter, renderMarkdown } from '../src/markdown.ts';
import type { SearchDocument } from '../src/search.ts';
import {
  catalogJsonRoute,
  errorsRoute,
  handbookRoute,
  llmsFullRoute,
  llmsIndexRoute,
  markdownTwinRoute,
  referenceRoute,
  relativeLink,
  searchIndexRoute,
  siteDir,
} from '../src/site-layout.ts';
import { textOf } from './support/published-snippets.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const readRoute = (route: string) => readFileSync(join(siteDir, route), 'utf8');
const inline = (markdown: string) => new MarkdownIt().renderInline(markdown);

/** The HTML of each entry of a handbook page, by the id of its heading (the sets' section after them has none). */
function entrySections(html: string): Map<string, { heading: string; body: string }> {
  const parts = html.split(/(?=<h2[ >])/).filter((part) => part.startsWith('<h2 id="'));
  return new Map(
    parts.map((part) => {
      const [, id = '', heading = ''] = /^<h2 id="([^"]+)">([^<]*)<\/h2>/.exec(part) ?? [];
      return [id, { heading, body: part }];
    }),
  );
}

/** The 400 response an operation references, which it shares with the operations of its set. */
const responseRef = (operation?: { responses: Record<string, unknown> }) =>
  (operation?.responses['400'] as { $ref?: string } | undefined)?.$ref;

/** The handbook's section of the sets of identifiers: everything from its heading, which has no anchor. */
const setsSection = (html: string) => html.slice(html.indexOf('<h2>Which operations return which identifiers</h2>'));

describe.each(publishedBrands())('%s', (brand) => {
  const bundle = loadBundle(brand);
  const catalog = catalogOf(bundle);
  const { sets, byOperation } = identifierSetsOf(bundle);

  it('has one handbook entry per identifier, in catalog order, each under its docs anchor', () => {
    const sections = entrySections(readRoute(handbookRoute(brand)));
    expect([...sections].map(([id, { heading }]) => [id, heading])).toEqual(
      catalog.map((entry) => [entry.docsAnchor, entry.identifier]),
    );
  });

  it.each(catalog.map((entry) => [entry.identifier, entry] as const))(
    'gives %s its explanation, the sets that return it, causes, fix, retry advice, example, reproduction and handling',
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
      // Which operations return it: every one, or those of the sets it names, each linked to its section.
      if (operations.length === operationsOf(bundle).length) expect(glance).toContain('Returned by: every operation');
      else {
        const names = [...new Set(operations.map((operation) => byOperation.get(operation.operationId)?.name))];
        for (const name of names) expect(body).toContain(`<a href="#${name}"><code>${name}</code></a>`);
      }
      for (const operation of operations) expect(glance).not.toContain(operation.operationId);
      // Its causes: an operation's own by name, the default's as every (other) operation's.
      const causes = /<h3>Causes<\/h3>\s*<ul>([\s\S]*?)<\/ul>/.exec(body)?.[1] ?? '';
      for (const operation of operations) {
        const own = entry.causes[operation.operationId];
        if (own === undefined) expect(causes).toMatch(/very (?:other )?operation that can return it/);
        else expect(causes).toContain(`<code>${operation.operationId}</code>`);
        expect(causes).toContain(inline(own ?? entry.causes[DEFAULT_CAUSE] ?? 'no cause'));
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

  it('publishes the catalog as JSON: each set of identifiers once, then each identifier with its causes, fix, example and docsUrl', () => {
    const json = JSON.parse(readRoute(catalogJsonRoute(brand)));
    expect(json).toMatchObject({ brand, title: bundle.info.title });
    expect(json.identifierSets).toEqual(
      sets.map((set) => ({
        name: set.name,
        response: responseRef(set.operations[0]),
        identifiers: catalog
          .filter((entry) => canReturn(entry, set.operations[0]?.operationId ?? ''))
          .map((entry) => entry.identifier),
        operations: set.operations.map((operation) => operation.operationId),
      })),
    );
    expect(json.identifiers).toEqual(
      catalog.map((entry) => ({
        identifier: entry.identifier,
        explanation: entry.explanation,
        retryable: entry.retryable,
        causes: entry.causes,
        fix: entry.fix,
        example: { identifier: entry.identifier, ...entry.example },
        docsAnchor: entry.docsAnchor,
        docsUrl: errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor),
      })),
    );
    // Which operations can return an identifier: those of the sets it is in, every operation in exactly one.
    const listed = json.identifierSets.flatMap((set: { operations: string[] }) => set.operations);
    expect([...listed].sort()).toEqual(
      operationsOf(bundle)
        .map((operation) => operation.operationId)
        .sort(),
    );
    for (const entry of catalog) {
      const returning = json.identifierSets
        .filter((set: { identifiers: string[] }) => set.identifiers.includes(entry.identifier))
        .flatMap((set: { operations: string[] }) => set.operations);
      expect(new Set(returning), entry.identifier).toEqual(
        new Set(
          operationsOf(bundle)
            .map((operation) => operation.operationId)
            .filter((operationId) => canReturn(entry, operationId)),
        ),
      );
    }
  });

  it('lists each set of identifiers once after the entries, with its identifiers and every operation of it', () => {
    const section = setsSection(readRoute(handbookRoute(brand)));
    const headings = [...section.matchAll(/<h3 id="([^"]+)">([^<]*)<\/h3>/g)].map(([, id, text]) => [id, text]);
    expect(headings).toEqual(sets.map((set) => [set.name, set.name]));
    const parts = section.split(/(?=<h3 id=")/).slice(1);
    sets.forEach((set, index) => {
      const part = parts[index] ?? '';
      expect(part).toContain(`<code>${responseRef(set.operations[0])}</code>`);
      for (const identifier of set.beyond) expect(part).toContain(`<code>${identifier}</code>`);
      const listed = [...part.matchAll(/<li><code>([^<]+)<\/code> \(([a-z]+)\)/g)].map(([, id, effect]) => [
        id,
        effect,
      ]);
      expect(listed).toEqual(set.operations.map((operation) => [operation.operationId, operation['x-effect']]));
    });
    // Every identifier every operation can return, linked to its entry, before the sets.
    const every = catalog.filter((entry) =>
      operationsOf(bundle).every((operation) => canReturn(entry, operation.operationId)),
    );
    const lead = section.slice(0, section.indexOf('<h3'));
    for (const entry of every)
      expect(lead).toContain(`<a href="#${entry.docsAnchor}"><code>${entry.identifier}</code></a>`);
  });

  it("names each operation's set in the reference's Markdown twin, linked to the set in the handbook", () => {
    const outline = readRoute(markdownTwinRoute(referenceRoute(brand)));
    const handbook = readRoute(handbookRoute(brand));
    const sections = outline.split(/(?=^## )/m).slice(1);
    expect(sections.map((section) => /\{#([^}]+)\}/.exec(section)?.[1])).toEqual(
      operationsOf(bundle).map((operation) => operation.operationId),
    );
    sections.forEach((section, index) => {
      const name = byOperation.get(operationsOf(bundle)[index]?.operationId ?? '')?.name ?? '';
      expect(section).toContain(`[\`${name}\`](${errorDocsUrl(bundle.externalDocs.url, brand, name)})`);
      expect(handbook).toContain(`<h3 id="${name}">`);
      for (const entry of catalog) expect(section, entry.identifier).not.toMatch(new RegExp(`\`${entry.identifier}\``));
    });
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
  const anchored: Array<[name: string, { given: string; want: string }]> = [
    [
      "an identifier's entry",
      { given: '## TOKEN_NOT_VALID {#TOKEN_NOT_VALID}\n', want: '<h2 id="TOKEN_NOT_VALID">TOKEN_NOT_VALID</h2>\n' },
    ],
    [
      'a set of identifiers, its name cut',
      {
        given: '### StandardError.TOKEN_NOT_VALID+2 {#StandardError.TOKEN_NOT_VALID+2}\n',
        want: '<h3 id="StandardError.TOKEN_NOT_VALID+2">StandardError.TOKEN_NOT_VALID+2</h3>\n',
      },
    ],
  ];
  it.each(anchored)(
    'anchors a heading at its {#id} and leaves the attribute out of the text: %s',
    (_name, { given, want }) => {
      expect(renderMarkdown(given)).toBe(want);
    },
  );

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
