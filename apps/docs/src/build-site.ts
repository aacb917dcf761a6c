/**
 * Builds the whole static site into one folder: landing page and search, and per brand its reference, errors page,
 * error handbook, changelog, their Markdown twins, llms.txt, llms-full.txt, the catalog as JSON and the bundles.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { arazzoExport } from '@error-contract/contract-verify';
import type { Brand } from '@error-contract/spec/brand-view';
import type { BrandBundle } from '@error-contract/spec/bundle';
import { catalogOf, docsPageOf } from '@error-contract/spec/catalog';
import {
  bundlePath,
  declaredBrands,
  errorsPagePath,
  loadBundle,
  publishedBrands,
  redoclyConfigPath,
  specEntryPath,
} from '@error-contract/spec/workspace';
import { brandHistory, changelogMarkdown, loadReleases, type Release } from './changelog.ts';
import { renderErrorsPageBody } from './errors-page.ts';
import { handbookEntries, handbookMarkdown } from './handbook.ts';
import { renderPage } from './html.ts';
import { LANDING_ROUTE, productName, renderLandingPage } from './landing-page.ts';
import { catalogJson, llmsFull, llmsIndex, type TwinPage } from './machine-readable.ts';
import { linkRewriter, renderMarkdown } from './markdown.ts';
import { precompress } from './precompress.ts';
import { logoRoute, redocAsset } from './redoc-asset.ts';
import { referenceMarkdown } from './reference-outline.ts';
import { renderReferencePage } from './reference-page.ts';
import { type SearchDocument, searchDocuments, searchMarkdown } from './search.ts';
import { renderSearchPage } from './search-page.ts';
import {
  appDir,
  arazzoRoute,
  bundleRoute,
  catalogJsonRoute,
  changelogRoute,
  errorsRoute,
  faviconRoute,
  handbookRoute,
  llmsFullRoute,
  llmsIndexRoute,
  markdownTwinRoute,
  referenceRoute,
  searchIndexRoute,
  searchRoute,
  searchScriptRoute,
  siteDir,
  stylesheetRoute,
} from './site-layout.ts';

function write(route: string, content: string | Buffer, outDir: string): void {
  const path = join(outDir, route);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function copyAsset(route: string, outDir: string): void {
  const target = join(outDir, route);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(appDir, 'assets', route.split('/').pop() ?? ''), target);
}

export interface BuildOptions {
  outDir?: string;
  /** The git repository whose release tags make the changelog (default: the one this app is in). */
  repoDir?: string;
  /** The releases of the changelog, when the caller has loaded them already (the dev loop loads them once). */
  releases?: readonly Release[];
  /** The redocly.yaml that publishes the brands and the spec entry that declares them (default: the workspace's). */
  configPath?: string;
  specPath?: string;
  /** Where the brand bundles and errors pages were built (default: the spec package's dist). */
  specDistDir?: string;
  /** Writes the .gz and .br twins (default); the dev server serves plain files and skips them. */
  precompress?: boolean;
  /** Renders the Redoc reference pages (default); the dev loop renders them in a second, slower pass. */
  referencePages?: boolean;
}

interface BrandBuild {
  releases: readonly Release[];
  outDir: string;
  specDistDir: string | undefined;
  referencePages: boolean;
}

/** The navigation of a brand's own pages. */
function brandNav(brand: string, title: string) {
  return [
    { label: 'All brands', route: LANDING_ROUTE },
    { label: 'Error handbook', route: handbookRoute(brand) },
    { label: 'Standard API errors', route: errorsRoute(brand) },
    { label: 'Changelog', route: changelogRoute(brand) },
    { label: `${title} reference`, route: referenceRoute(brand) },
    { label: 'Search', route: searchRoute },
  ];
}

interface BrandPages {
  twins: TwinPage[];
  search: SearchDocument[];
}

async function buildBrand(
  brand: Brand,
  bundle: BrandBundle,
  { releases, outDir, specDistDir, referencePages }: BrandBuild,
): Promise<BrandPages> {
  const title = bundle.info.title;
  const nav = brandNav(brand.id, title);
  const page = docsPageOf(bundle);
  const entries = handbookEntries(brand, bundle);
  const twins: TwinPage[] = [];

  /** Writes an HTML page rendered from Markdown, and the Markdown as its twin. */
  const writeMarkdownPage = (route: string, pageTitle: string, description: string, markdown: string, html: string) => {
    write(
      route,
      renderPage({ route, title: `${pageTitle} · ${title}`, nav, body: html, markdownTwin: markdownTwinRoute(route) }),
      outDir,
    );
    write(markdownTwinRoute(route), markdown, outDir);
    twins.push({ title: pageTitle, route: markdownTwinRoute(route), description, markdown });
  };
  const rewrite = (route: string) => linkRewriter(bundle.externalDocs.url, route);

  const seedPage = readFileSync(errorsPagePath(brand.id, specDistDir), 'utf8');
  writeMarkdownPage(
    errorsRoute(brand.id),
    page.title,
    'The JSON body of every error and the list of identifiers, each with its explanation.',
    seedPage,
    renderErrorsPageBody(seedPage, rewrite(errorsRoute(brand.id))),
  );

  const handbook = handbookMarkdown({
    title: `Error handbook · ${title}`,
    intro: `Every standard API error ${title} returns, with what causes it, how to fix it, whether a retry can help, an example body${entries.some((entry) => entry.reproduce) ? ', how to reproduce it against the local sandbox' : ''} and how to handle it with the typed client (\`${brand.clientModule}\`). The clients' \`docsUrl\` links each error to its entry here.`,
    entries,
  });
  writeMarkdownPage(
    handbookRoute(brand.id),
    'Error handbook',
    'Per identifier: explanation, causes per operation, how to fix it, retrying, example body, reproduction and handling.',
    handbook,
    renderMarkdown(handbook, rewrite(handbookRoute(brand.id))),
  );

  const changelog = changelogMarkdown(`Changelog · ${title}`, brandHistory(brand.id, releases));
  writeMarkdownPage(
    changelogRoute(brand.id),
    'Changelog',
    'Each release of the error contract with its changes by severity, and when each identifier was added, reworded or removed.',
    changelog,
    renderMarkdown(changelog, rewrite(changelogRoute(brand.id))),
  );

  if (referencePages) {
    const reference = await renderReferencePage({
      bundleJsonPath: bundlePath(brand.id, 'json', specDistDir),
      route: referenceRoute(brand.id),
      redoc: redocAsset(),
      scratchPath: join(outDir, '.scratch', `${brand.id}.html`),
    });
    write(referenceRoute(brand.id), reference, outDir);
  }
  const outline = referenceMarkdown(brand.id, bundle);
  write(markdownTwinRoute(referenceRoute(brand.id)), outline, outDir);
  twins.push({
    title: 'API reference',
    route: markdownTwinRoute(referenceRoute(brand.id)),
    description: 'Every operation, its effect and the identifiers it can return.',
    markdown: outline,
  });

  for (const format of ['json', 'yaml'] as const) {
    write(bundleRoute(brand.id, format), readFileSync(bundlePath(brand.id, format, specDistDir)), outDir);
  }
  // Beside the bundle it names as its source description.
  write(arazzoRoute(brand.id), arazzoExport(brand.id, 'openapi.json', bundle), outDir);
  write(catalogJsonRoute(brand.id), catalogJson(brand.id, bundle, entries), outDir);
  const summary = `The standard API errors of the ${title}: every identifier, what causes it, how to fix it and how to handle it. The error catalog as JSON: ${catalogJsonRoute(brand.id).split('/').pop()}; the OpenAPI 3.1 document: openapi.yaml.`;
  write(llmsIndexRoute(brand.id), llmsIndex(title, summary, twins), outDir);
  write(llmsFullRoute(brand.id), llmsFull(title, summary, twins), outDir);
  return { twins, search: searchDocuments(brand.id, handbookRoute(brand.id), entries) };
}

export async function buildSite({
  outDir = siteDir,
  repoDir = join(appDir, '..', '..'),
  releases: givenReleases,
  configPath = redoclyConfigPath,
  specPath = specEntryPath,
  specDistDir,
  precompress: compress = true,
  referencePages = true,
}: BuildOptions = {}): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  const brands = publishedBrands(configPath);
  const brandNames = declaredBrands(specPath).map((brand) => brand.name);
  const declared = new Map(declaredBrands(specPath).map((brand) => [brand.id, brand]));
  const redoc = redocAsset();
  write(redoc.route, redoc.content, outDir);
  for (const route of [stylesheetRoute, faviconRoute, logoRoute, searchScriptRoute]) copyAsset(route, outDir);
  const releases = givenReleases ?? (await loadReleases(repoDir));

  // The brands are built side by side: each reference page is rendered by a build-docs process of its own.
  const built = await Promise.all(
    brands.map(async (id) => {
      const brand = declared.get(id);
      if (!brand) throw new Error(`Brand ${id} is published but not declared.`);
      const bundle = loadBundle(id, specDistDir);
      const pages = await buildBrand(brand, bundle, { releases, outDir, specDistDir, referencePages });
      return { pages, summary: { brand: id, title: bundle.info.title, identifierCount: catalogOf(bundle).length } };
    }),
  );
  const search = built.flatMap(({ pages }) => pages.search);
  const summaries = built.map(({ summary }) => summary);
  rmSync(join(outDir, '.scratch'), { recursive: true, force: true });
  write(searchIndexRoute, `${JSON.stringify(search)}\n`, outDir);
  write(searchRoute, renderSearchPage(productName(brandNames)), outDir);
  write(markdownTwinRoute(searchRoute), searchMarkdown(search), outDir);
  write(LANDING_ROUTE, renderLandingPage(summaries), outDir);
  write(markdownTwinRoute(LANDING_ROUTE), landingMarkdown(productName(brandNames), summaries), outDir);
  if (compress) await precompress(outDir);
  return brands;
}

function landingMarkdown(
  title: string,
  summaries: ReadonlyArray<{ brand: string; title: string; identifierCount: number }>,
): string {
  const brands = summaries.map(
    ({ brand, title, identifierCount }) =>
      `## ${title}\n\n- [Error handbook](${markdownTwinRoute(handbookRoute(brand))}) (${identifierCount} identifiers)\n- [Standard API errors](${markdownTwinRoute(errorsRoute(brand))})\n- [Changelog](${markdownTwinRoute(changelogRoute(brand))})\n- [API reference](${markdownTwinRoute(referenceRoute(brand))})\n- [llms.txt](${llmsIndexRoute(brand)}) · [error catalog JSON](${catalogJsonRoute(brand)})`,
  );
  return `# ${title}\n\n${brands.join('\n\n')}\n`;
}
