/**
 * Offline search of the handbooks: a small index built with the site (`search-index.json`), searched in the
 * browser by assets/search.js (every word of the query in the identifier, explanation, causes or fix; identifier
 * matches first). No third-party service, nothing to install.
 */
import type { HandbookEntry } from './handbook.ts';

export interface SearchDocument {
  brand: string;
  identifier: string;
  explanation: string;
  /** Causes and fix, lower-cased with the rest for matching. */
  text: string;
  /** The entry's route and anchor, relative to the site root. */
  route: string;
}

export function searchDocuments(brand: string, route: string, entries: readonly HandbookEntry[]): SearchDocument[] {
  return entries.map((entry) => ({
    brand,
    identifier: entry.identifier,
    explanation: entry.explanation,
    text: [entry.fix, ...entry.causes.map((cause) => cause.cause)].join(' '),
    route: `${route}#${entry.anchor}`,
  }));
}

/** The search page's Markdown twin: what it searches, and every indexed entry, for readers without the script. */
export function searchMarkdown(documents: readonly SearchDocument[]): string {
  const entries = documents.map(
    (doc) => `- [\`${doc.identifier}\` (${doc.brand})](${doc.route.replace(/\.html#/, '.md#')}): ${doc.explanation}`,
  );
  return `# Search the error handbooks\n\nThe site's search (search.html) finds an entry by its identifier or by words of its explanation, causes or fix, from a prebuilt index (search-index.json), offline. The entries it searches:\n\n${entries.join('\n')}\n`;
}
