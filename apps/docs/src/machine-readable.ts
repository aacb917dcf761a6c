/**
 * The docs for machines, per brand: llms.txt (an index of the brand's Markdown twins, as llmstxt.org lays it out),
 * llms-full.txt (every twin in one file) and the brand's error catalog as JSON.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import type { HandbookEntry } from './handbook.ts';
import type { IdentifierSets } from './identifier-sets.ts';

export interface TwinPage {
  title: string;
  /** The Markdown twin's route, relative to the site root. */
  route: string;
  description: string;
  markdown: string;
}

/** The route of `route` as seen from the brand folder (`idenfy/handbook.md` → `handbook.md`). */
const inFolder = (route: string) => route.slice(route.indexOf('/') + 1);

export function llmsIndex(title: string, summary: string, pages: readonly TwinPage[]): string {
  const links = pages.map((page) => `- [${page.title}](${inFolder(page.route)}): ${page.description}`).join('\n');
  return `# ${title}\n\n> ${summary}\n\n## Docs\n\n${links}\n`;
}

/** The site's own llms.txt, at its root: every brand it holds, each with its Markdown twins. */
export function llmsSite(
  title: string,
  summary: string,
  brands: ReadonlyArray<{ title: string; pages: readonly TwinPage[] }>,
): string {
  const sections = brands.map(
    (brand) =>
      `## ${brand.title}\n\n${brand.pages.map((page) => `- [${page.title}](${page.route}): ${page.description}`).join('\n')}`,
  );
  return `# ${title}\n\n> ${summary}\n\n${sections.join('\n\n')}\n`;
}

export function llmsFull(title: string, summary: string, pages: readonly TwinPage[]): string {
  return `# ${title}\n\n> ${summary}\n\n${pages.map((page) => page.markdown.trimEnd()).join('\n\n---\n\n')}\n`;
}

/**
 * The brand's catalog: each set of identifiers once, with its identifiers and operations (which operations can return
 * an identifier: those of the sets it is in), then each identifier with its causes as the catalog states them (by
 * operationId, `default` for every other operation), fix, example and public docs URL, in docs order.
 */
export function catalogJson(
  brand: string,
  bundle: BrandBundle,
  entries: readonly HandbookEntry[],
  sets: IdentifierSets,
): string {
  const examples = new Map(entries.map((entry) => [entry.identifier, entry.example]));
  const identifierSets = sets.sets.map((set) => ({
    name: set.name,
    response: set.response,
    identifiers: set.identifiers,
    operations: set.operations.map((operation) => operation.operationId),
  }));
  const identifiers = catalogOf(bundle).map((entry) => ({
    identifier: entry.identifier,
    explanation: entry.explanation,
    retryable: entry.retryable,
    causes: entry.causes,
    fix: entry.fix,
    example: examples.get(entry.identifier),
    docsAnchor: entry.docsAnchor,
    docsUrl: errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor),
  }));
  const { title, version } = bundle.info;
  return `${JSON.stringify({ brand, title, version, identifierSets, identifiers }, null, 2)}\n`;
}
