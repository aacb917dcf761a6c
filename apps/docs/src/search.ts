/**
 * Offline search of the handbooks: a small index built with the site (`search-index.json`), searched in the
 * browser by assets/site.js (every word of the query in the identifier, explanation, causes or fix; identifier
 * matches first). No third-party service, nothing to install.
 */
import type { HandbookEntry } from './handbook.ts';

export interface SearchDocument {
  brand: string;
  /** The brand's name, as the results show it. */
  brandName: string;
  identifier: string;
  explanation: string;
  /** Fix and causes, searched and shown where the query matched them. */
  text: string;
  /** The entry's route and anchor, relative to the site root. */
  route: string;
}

/** Markdown of one line as the plain text the results show: without code spans' backticks and emphasis marks. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/(\*{1,2})([^*]+)\1/g, '$2');
}

export function searchDocuments(
  brand: { id: string; name: string },
  route: string,
  entries: readonly HandbookEntry[],
): SearchDocument[] {
  return entries.map((entry) => ({
    brand: brand.id,
    brandName: brand.name,
    identifier: entry.identifier,
    explanation: plainText(entry.explanation),
    text: plainText([entry.fix, ...new Set(entry.causes.map((cause) => cause.cause))].join(' ')),
    route: `${route}#${entry.anchor}`,
  }));
}

/** The search page's Markdown twin: what it searches, and every indexed entry, for readers without the script. */
export function searchMarkdown(documents: readonly SearchDocument[]): string {
  const entries = documents.map(
    (doc) =>
      `- [\`${doc.identifier}\` (${doc.brandName})](${doc.route.replace(/\.html#/, '.md#')}): ${doc.explanation}`,
  );
  return `# Search the error handbooks\n\nThe site's search (search.html) finds an entry by its identifier or by words of its explanation, causes or fix, from a prebuilt index (search-index.json), offline. The entries it searches:\n\n${entries.join('\n')}\n`;
}
