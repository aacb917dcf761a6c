/** Renders a brand's "Standard API errors" Markdown page from its bundle, in the layout of the original docs page. */
import type { BrandBundle } from './bundle.ts';
import { catalogOf, docsPageOf, errorBodyKeys } from './catalog.ts';
import { errorDocsUrl } from './site-routes.ts';

const code = (text: string) => `\`${text}\``;

/**
 * The identifier's cell: an empty HTML anchor carrying its docs anchor, then the identifier as code, linked to its
 * handbook entry (`entryUrl`, the URL the clients return as `docsUrl`). The anchor is inline HTML
 * because every Markdown dialect the pages are published with (CommonMark, GFM, kramdown) passes it through as
 * is, where attribute syntaxes are dialect-specific (kramdown's `{: #id}` is shown as text elsewhere) and table
 * rows cannot carry attributes at all. The anchor is written here once; renderers only render it.
 */
export function identifierCell(identifier: string, docsAnchor: string, entryUrl: string): string {
  return `<a id="${escapeAttribute(docsAnchor)}"></a>[${code(identifier)}](${linkDestination(entryUrl)})`;
}

/** A Markdown link destination ends at the first unbalanced `)` or space: percent-encode those. */
function linkDestination(url: string): string {
  return url.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The lint keeps anchors to letters, digits, `_` and `-`; escaping keeps the page well-formed whatever it is given. */
function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

/** A pipe table whose columns are padded to their widest cell plus two spaces. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map(
    (cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]?.length ?? 0)) + 2,
  );
  const line = (cells: readonly string[]) =>
    `|${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('|')}|`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function renderErrorsPage(bundle: BrandBundle): string {
  const page = docsPageOf(bundle);
  const catalog = catalogOf(bundle);
  const brand = bundle.servers[0]?.['x-brand'] ?? '';
  const blocks: string[] = [];
  if (page.frontMatter) blocks.push(`---\n${page.frontMatter}\n---`);
  blocks.push(
    `# ${page.title}`,
    page.intro,
    page.bodyLead,
    markdownTable(
      page.keyTableHeader,
      errorBodyKeys(bundle).map(({ key, explanation }) => [code(key), explanation]),
    ),
    `### ${page.identifiersHeading}`,
    page.identifiersLead,
    markdownTable(
      page.identifierTableHeader,
      catalog.map((entry) => [
        identifierCell(
          entry.identifier,
          entry.docsAnchor,
          errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor),
        ),
        entry.explanation,
      ]),
    ),
  );
  for (const { note } of catalog) {
    if (note) blocks.push(page.noteMarker ? `${page.noteMarker}\n${note}` : `> ${note}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
