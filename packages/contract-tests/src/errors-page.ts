/**
 * Docs against the spec: the built "Standard API errors" page lists exactly the brand's identifiers, in the spec's
 * order, each on a row anchored at its docsAnchor and with the spec's explanation (rendered from its Markdown).
 */
import type { CatalogEntry } from '@error-contract/spec/catalog';
import MarkdownIt from 'markdown-it';
import { problem, shown } from './problem.ts';

export interface ErrorsPageRow {
  anchor: string | undefined;
  identifier: string;
  /** The explanation cell's inner HTML. */
  explanation: string;
}

const ROW = /<tr(?:\s+id="([^"]*)")?>\s*<td><code>([^<]*)<\/code><\/td>\s*<td>([\s\S]*?)<\/td>\s*<\/tr>/g;

/** The rows of the page's last table, the identifier table (the first one describes the JSON body's keys). */
export function errorsPageRows(html: string): ErrorsPageRow[] {
  const table = html.slice(html.lastIndexOf('<table>'));
  return [...table.matchAll(ROW)].map(([, anchor, identifier = '', explanation = '']) => ({
    anchor,
    identifier,
    explanation,
  }));
}

const markdown = new MarkdownIt({ html: false, linkify: false });

export function errorsPageProblems(brand: string, route: string, html: string, catalog: readonly CatalogEntry[]) {
  const rows = errorsPageRows(html);
  const problems: string[] = [];
  for (const entry of catalog) {
    const where = `${brand}: identifier ${entry.identifier}`;
    const row = rows.find((candidate) => candidate.identifier === entry.identifier);
    if (!row) {
      problems.push(problem(where, `a row on ${route}`, 'none'));
      continue;
    }
    if (row.anchor !== entry.docsAnchor) {
      problems.push(
        problem(
          where,
          `its row on ${route} anchored #${entry.docsAnchor}`,
          row.anchor ? `#${row.anchor}` : 'no anchor',
        ),
      );
    }
    const explanation = markdown.renderInline(entry.explanation);
    if (row.explanation !== explanation) {
      problems.push(problem(where, `the explanation ${shown(explanation)} on ${route}`, shown(row.explanation)));
    }
  }
  const identifiers = catalog.map((entry) => entry.identifier);
  for (const row of rows.filter((candidate) => !identifiers.includes(candidate.identifier))) {
    problems.push(problem(`${brand}: identifier ${row.identifier}`, `no row on ${route} (not in the spec)`, 'a row'));
  }
  const listed = rows.map((row) => row.identifier);
  if (problems.length === 0 && listed.join() !== identifiers.join()) {
    problems.push(problem(`${brand}: ${route}`, `the spec's order ${identifiers.join(', ')}`, listed.join(', ')));
  }
  return problems;
}
