/**
 * Builds the static sites. Each brand's pages (reference, errors page, error handbook, changelog, their Markdown
 * twins, llms.txt, llms-full.txt, the catalog as JSON and the bundles) are rendered once, then written into:
 * - the combined site of every brand, for the API team (`dist/site`, what `pnpm start` serves), and
 * - each brand's own site (`dist/sites/<brand>`), what the brand deploys at its docs root: its landing page, search
 *   and llms.txt hold that brand alone, so the site never names another brand.
 * Both keep the brand's pages under `<brand>/`, the routes the clients' `docsUrl` and the published specs link to.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { handbookEntries, handbookMarkdown, handbookNav, handbookStyle } from './handbook.ts';
import { brandNav, renderPage, type SiteNav } from './html.ts';
import { identifierSetsOf } from './identifier-sets.ts';
import { type BrandSummary, landingMarkdown, productName, renderLandingPage } from './landing-page.ts';
import { catalogJson, llmsFull, llmsIndex, llmsSite, type TwinPage } from './machine-readable.ts';
import { linkRewriter, renderMarkdown } from './markdown.ts';
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
  LANDING_ROUTE,
  llmsFullRoute,
  llmsIndexRoute,
  llmsSiteRoute,
  markdownTwinRoute,
  referenceRoute,
  searchIndexRoute,
  searchRoute,
  siteDir,
  siteScriptRoute,
  stylesheetRoute,
} from './site-layout.ts';
import { type Files, writeSite } from './write-site.ts';

export interface BuildOptions extends RenderOptions {
  /** The combined site of every brand built, for the API team (default: dist/site); `false` writes none. */
  outDir?: string | false;
  /** Also writes each brand's own site into `<brandSitesDir>/<brand>/` (default: none). */
  brandSitesDir?: string;
  /** Writes the .gz and .br twins (default); the dev server serves plain files and skips them. */
  precompress?: boolean;
}

export interface RenderOptions {
  /** The brands to build (default: every published brand). */
  brands?: readonly string[];
  /** The git repository whose release tags make the changelog (default: the one this app is in). */
  repoDir?: string;
  /** The releases of the changelog, when the caller has loaded them already (the dev loop loads them once). */
  releases?: readonly Release[];
  /** The redocly.yaml that publishes the brands and the spec entry that declares them (default: the workspace's). */
  configPath?: string;
  specPath?: string;
  /** Where the brand bundles and errors pages were built (default: the spec package's dist). */
  specDistDir?: string;
  /** Renders the Redoc reference pages (default); the dev loop renders them in a second, slower pass. */
  referencePages?: boolean;
  /**
   * Renders each brand's errors page and handbook alone, with their Markdown twins, the same bytes as in the whole
   * site: the pages an edit of the spec shows first, which the dev loop publishes before it renders the rest.
   */
  firstPages?: boolean;
}

interface BrandBuild {
  releases: readonly Release[];
  specDistDir: string | undefined;
  referencePages: boolean;
  firstPages: boolean;
}

/** Everything a site needs of one brand. */
interface BrandPages {
  brand: Brand;
  summary: BrandSummary;
  files: Files;
  twins: TwinPage[];
  search: SearchDocument[];
}

async function buildBrand(
  brand: Brand,
  bundle: BrandBundle,
  { releases, specDistDir, referencePages, firstPages }: BrandBuild,
): Promise<BrandPages> {
  const title = bundle.info.title;
  const nav = brandNav(brand);
  const page = docsPageOf(bundle);
  const sets = identifierSetsOf(bundle);
  const entries = handbookEntries(brand, bundle, sets);
  const files: Files = new Map();
  const twins: TwinPage[] = [];

  /** An HTML page rendered from Markdown, and the Markdown as its twin. */
  const addMarkdownPage = (
    route: string,
    pageTitle: string,
    description: string,
    { markdown, html, aside, style }: { markdown: string; html: string; aside?: string; style?: string },
  ) => {
    const markdownTwin = markdownTwinRoute(route);
    files.set(
      route,
      renderPage({ route, title: `${pageTitle} · ${title}`, nav, body: html, aside, style, markdownTwin }),
    );
    files.set(markdownTwin, markdown);
    twins.push({ title: pageTitle, route: markdownTwin, description, markdown });
  };
  const rewrite = (route: string) => linkRewriter(bundle.externalDocs.url, route);

  const seedPage = readFileSync(errorsPagePath(brand.id, specDistDir), 'utf8');
  addMarkdownPage(
    errorsRoute(brand.id),
    page.title,
    'The JSON body of every error and the list of identifiers, each with its explanation.',
    { markdown: seedPage, html: renderErrorsPageBody(seedPage, rewrite(errorsRoute(brand.id))) },
  );

  const handbook = {
    title: `Error handbook · ${title}`,
    intro: `Every standard API error ${title} returns, with what causes it, how to fix it, whether a retry can help, an example body${entries.some((entry) => entry.reproduce) ? ', how to reproduce it against the local sandbox' : ''} and how to handle it with the typed client (\`${brand.packages.client}\`). The clients' \`docsUrl\` links each error to its entry here.`,
    entries,
    sets,
  };
  addMarkdownPage(
    handbookRoute(brand.id),
    'Error handbook',
    'Per identifier: explanation, the operations that return it (by set of identifiers), causes, how to fix it, retrying, example body, reproduction and handling; then each set of identifiers with its operations.',
    {
      markdown: handbookMarkdown(handbook),
      html: renderMarkdown(handbookMarkdown(handbook, { contents: false }), rewrite(handbookRoute(brand.id))),
      aside: handbookNav(entries),
      style: handbookStyle(entries),
    },
  );
  const pages = (): BrandPages => ({
    brand,
    summary: { brand: brand.id, name: brand.name, title, identifierCount: catalogOf(bundle).length },
    files,
    twins,
    search: searchDocuments(brand, handbookRoute(brand.id), entries),
  });
  if (firstPages) return pages();

  const changelog = changelogMarkdown(`Changelog · ${title}`, brandHistory(brand.id, releases));
  addMarkdownPage(
    changelogRoute(brand.id),
    'Changelog',
    'Each release of the error contract with its changes by severity, and when each identifier was added, reworded or removed.',
    { markdown: changelog, html: renderMarkdown(changelog, rewrite(changelogRoute(brand.id))) },
  );

  if (referencePages) {
    const route = referenceRoute(brand.id);
    const scratchDir = mkdtempSync(join(tmpdir(), 'docs-reference-'));
    try {
      const bundleJsonPath = bundlePath(brand.id, 'json', specDistDir);
      const scratchPath = join(scratchDir, `${brand.id}.html`);
      files.set(route, await renderReferencePage({ bundleJsonPath, route, redoc: redocAsset(), scratchPath }));
    } finally {
      rmSync(scratchDir, { recursive: true, force: true });
    }
  }
  const outline = referenceMarkdown(brand.id, bundle, sets);
  files.set(markdownTwinRoute(referenceRoute(brand.id)), outline);
  twins.push({
    title: 'API reference',
    route: markdownTwinRoute(referenceRoute(brand.id)),
    description: 'Every operation, its effect and the set of identifiers it can return.',
    markdown: outline,
  });

  for (const format of ['json', 'yaml'] as const) {
    files.set(bundleRoute(brand.id, format), readFileSync(bundlePath(brand.id, format, specDistDir)));
  }
  // Beside the bundle it names as its source description.
  files.set(arazzoRoute(brand.id), arazzoExport(brand.id, 'openapi.json', bundle));
  files.set(catalogJsonRoute(brand.id), catalogJson(brand.id, bundle, entries, sets));
  const summary = `The standard API errors of the ${title}: every identifier, what causes it, how to fix it and how to handle it. The error catalog as JSON: ${catalogJsonRoute(brand.id).split('/').pop()}; the OpenAPI 3.1 document: openapi.yaml.`;
  files.set(llmsIndexRoute(brand.id), llmsIndex(title, summary, twins));
  files.set(llmsFullRoute(brand.id), llmsFull(title, summary, twins));
  return pages();
}

/** The files every site shares: the Redoc script, the stylesheet, the script, the icons. */
function sharedAssets(): Files {
  const redoc = redocAsset();
  const files: Files = new Map([[redoc.route, redoc.content]]);
  for (const route of [stylesheetRoute, faviconRoute, logoRoute, siteScriptRoute]) {
    files.set(route, readFileSync(join(appDir, 'assets', route.split('/').pop() ?? '')));
  }
  return files;
}

/** The pages of a site's own: front page, search and llms.txt, for the brands it holds. */
function sitePages(brands: readonly BrandPages[]): Files {
  const title = productName(brands.map((built) => built.brand.name));
  const [only] = brands;
  // A brand's own site leads with the brand; the combined one with all of them.
  const nav: SiteNav =
    brands.length === 1 && only
      ? brandNav(only.brand)
      : { home: { label: 'All brands', route: LANDING_ROUTE }, links: [], search: true };
  const summaries = brands.map((built) => built.summary);
  const search = brands.flatMap((built) => built.search);
  const summary = `${title}: per brand, every identifier with what causes it, how to fix it and how to handle it.`;
  return new Map([
    [LANDING_ROUTE, renderLandingPage(summaries, nav)],
    [markdownTwinRoute(LANDING_ROUTE), landingMarkdown(summaries)],
    [searchRoute, renderSearchPage(title, nav)],
    [markdownTwinRoute(searchRoute), searchMarkdown(search)],
    [searchIndexRoute, `${JSON.stringify(search)}\n`],
    [
      llmsSiteRoute,
      llmsSite(
        title,
        summary,
        brands.map((built) => ({ title: built.summary.title, pages: built.twins })),
      ),
    ],
  ]);
}

/** Renders every brand's pages once, from which each kind of site is written. */
async function renderBrands({
  brands: chosen,
  repoDir = join(appDir, '..', '..'),
  releases: givenReleases,
  configPath = redoclyConfigPath,
  specPath = specEntryPath,
  specDistDir,
  referencePages = true,
  firstPages = false,
}: RenderOptions): Promise<BrandPages[]> {
  const published = publishedBrands(configPath);
  const unknown = (chosen ?? []).filter((id) => !published.includes(id));
  if (unknown.length > 0)
    throw new Error(`Not a published brand: ${unknown.join(', ')} (published: ${published.join(', ')}).`);
  const brands = [...(chosen ?? published)];
  const declared = new Map(declaredBrands(specPath).map((brand) => [brand.id, brand]));
  const releases = givenReleases ?? (await loadReleases(repoDir));
  // Side by side: the brands' reference pages render in build-docs workers of their own (spec/src/redocly.ts).
  return Promise.all(
    brands.map((id) => {
      const brand = declared.get(id);
      if (!brand) throw new Error(`Brand ${id} is published but not declared.`);
      return buildBrand(brand, loadBundle(id, specDistDir), { releases, specDistDir, referencePages, firstPages });
    }),
  );
}

/**
 * The combined site's files by route, rendered as `buildSite` writes them (uncompressed) but not written: the dev
 * loop publishes them file by file. With `firstPages`, only the pages an edit shows first.
 */
export async function renderSite(options: RenderOptions = {}): Promise<Files> {
  const built = await renderBrands(options);
  const parts = options.firstPages
    ? built.map((pages) => pages.files)
    : [sharedAssets(), ...built.map((pages) => pages.files), sitePages(built)];
  return new Map(parts.flatMap((files) => [...files]));
}

/** Builds the sites the options ask for; returns the brands built. */
export async function buildSite({
  outDir = siteDir,
  brandSitesDir,
  precompress: compress = true,
  ...options
}: BuildOptions = {}): Promise<string[]> {
  const built = await renderBrands({ ...options, firstPages: false });
  const assets = sharedAssets();
  if (outDir !== false)
    await writeSite(outDir, [assets, ...built.map((pages) => pages.files), sitePages(built)], compress);
  if (brandSitesDir !== undefined) {
    for (const pages of built) {
      await writeSite(join(brandSitesDir, pages.brand.id), [assets, pages.files, sitePages([pages])], compress);
    }
  }
  return built.map((pages) => pages.brand.id);
}
