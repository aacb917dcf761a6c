/**
 * Renders a brand's generated "Standard API errors" Markdown page as HTML: the same content, with kramdown callouts
 * (`{: .important }`). The page already carries each identifier's anchor (`<a id="TOKEN_NOT_VALID"></a>` before the
 * identifier, written by the spec's page generator); rendering keeps it, and allows no other HTML.
 */
import MarkdownIt, { type StateCore } from 'markdown-it';
import { rewriteLinks } from './markdown.ts';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const KRAMDOWN_CLASSES = /^\{:\s*((?:\.[\w-]+\s*)+)\}\n?/;
/** The only HTML a generated page contains: an identifier's anchor, opened and closed. */
const ANCHOR_HTML = /^(?:<a id="[^"<>]*">|<\/a>)$/;

/** `{: .important }` on the first line of a paragraph becomes the paragraph's class, as kramdown does. */
function kramdownClasses(state: StateCore): void {
  const { tokens } = state;
  tokens.forEach((token, index) => {
    const inline = tokens[index + 1];
    if (token.type !== 'paragraph_open' || inline?.type !== 'inline') return;
    const match = KRAMDOWN_CLASSES.exec(inline.content);
    if (!match?.[1]) return;
    token.attrJoin('class', match[1].replaceAll('.', ' ').trim().replace(/\s+/g, ' '));
    inline.content = inline.content.slice(match[0].length);
    inline.children = [];
    state.md.inline.parse(inline.content, state.md, state.env, inline.children);
  });
}

/** The page is trusted to carry anchors, nothing else: any other HTML in it is an error, not something to render. */
function onlyAnchorHtml(state: StateCore): void {
  for (const token of state.tokens) {
    const html =
      token.type === 'html_block' ? [token] : (token.children ?? []).filter((child) => child.type === 'html_inline');
    const other = html.find((child) => !ANCHOR_HTML.test(child.content.trim()));
    if (other) throw new Error(`The errors page may contain HTML anchors only, found: ${other.content.trim()}`);
  }
}

/** `rewrite` maps each link's target, e.g. an entry's public URL to its route on this site. */
export function renderErrorsPageBody(markdown: string, rewrite: (href: string) => string = (href) => href): string {
  const md = new MarkdownIt({ html: true, linkify: false });
  md.core.ruler.push('only_anchor_html', onlyAnchorHtml);
  md.core.ruler.push('kramdown_classes', kramdownClasses);
  rewriteLinks(md, rewrite);
  return md.render(markdown.replace(FRONT_MATTER, ''));
}

export interface IdentifierRow {
  /** The id of the anchor in the row's first cell. */
  anchor: string | undefined;
  identifier: string;
  /** The explanation cell's inner HTML. */
  explanation: string;
}

const ROW =
  /<tr>\s*<td>(?:<a id="([^"]*)"><\/a>)?(?:<a href="([^"]*)">)?<code>([^<]*)<\/code>(?:<\/a>)?<\/td>\s*<td>([\s\S]*?)<\/td>\s*<\/tr>/g;

/** The rows of a rendered errors page's identifier table, its last table (the first describes the JSON body's keys). */
export function identifierRows(html: string): IdentifierRow[] {
  const table = html.slice(html.lastIndexOf('<table>'));
  return [...table.matchAll(ROW)].map(([, anchor, , identifier = '', explanation = '']) => ({
    anchor,
    identifier,
    explanation,
  }));
}

/** The link of each row of the identifier table, by identifier: where the row sends a reader. */
export function identifierLinks(html: string): Record<string, string | undefined> {
  const table = html.slice(html.lastIndexOf('<table>'));
  return Object.fromEntries([...table.matchAll(ROW)].map(([, , href, identifier = '']) => [identifier, href]));
}
