/**
 * Renders the site's own Markdown (handbook, changelog, reference outline) to HTML: CommonMark without raw HTML,
 * headings anchored with the `{#id}` attribute the Markdown twins carry, code blocks highlighted at build time, and
 * links under the brand's public docs root turned into links relative to the page, so the site works under any base
 * path.
 */
import MarkdownIt, { type StateCore } from 'markdown-it';
import { highlight } from './highlight.ts';

/** An identifier's anchor, or a set of identifiers' name (`StandardError.TOKEN_NOT_VALID+2`): ids and fragments as they are. */
const HEADING_ID = /\s*\{#([A-Za-z][A-Za-z0-9_.+-]*)\}$/;

/** `## TOKEN_NOT_VALID {#TOKEN_NOT_VALID}` becomes `<h2 id="TOKEN_NOT_VALID">TOKEN_NOT_VALID</h2>`. */
function headingIds(state: StateCore): void {
  state.tokens.forEach((token, index) => {
    const inline = state.tokens[index + 1];
    if (token.type !== 'heading_open' || inline?.type !== 'inline') return;
    const match = HEADING_ID.exec(inline.content);
    if (!match?.[1]) return;
    token.attrSet('id', match[1]);
    inline.content = inline.content.slice(0, match.index);
    inline.children = [];
    state.md.inline.parse(inline.content, state.md, state.env, inline.children);
  });
}

/** A link to `<docsRoot><route>` becomes relative to the page at `pageRoute`; other links stay as they are. */
export function linkRewriter(docsRoot: string, pageRoute: string): (href: string) => string {
  const root = docsRoot.endsWith('/') ? docsRoot : `${docsRoot}/`;
  const depth = pageRoute.split('/').length - 1;
  return (href) => (href.startsWith(root) ? `${'../'.repeat(depth)}${href.slice(root.length)}` : href);
}

export function rewriteLinks(md: InstanceType<typeof MarkdownIt>, rewrite: (href: string) => string): void {
  md.core.ruler.push('rewrite_links', (state: StateCore) => {
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        const href = child.type === 'link_open' ? child.attrGet('href') : null;
        if (href !== null) child.attrSet('href', rewrite(String(href)));
      }
    }
  });
}

/** A code block taller or wider than its box scrolls; keyboard users can only scroll what they can focus. */
function focusableCodeBlocks(md: InstanceType<typeof MarkdownIt>): void {
  const fence = md.renderer.rules.fence;
  if (!fence) return;
  md.renderer.rules.fence = (tokens, index, options, env, self) =>
    fence(tokens, index, options, env, self).replace(/^<pre>/, '<pre tabindex="0">');
}

export function renderMarkdown(markdown: string, rewrite: (href: string) => string = (href) => href): string {
  const md = new MarkdownIt({ html: false, linkify: false, highlight });
  md.core.ruler.push('heading_ids', headingIds);
  focusableCodeBlocks(md);
  rewriteLinks(md, rewrite);
  return md.render(markdown);
}

/** One line of the site's Markdown (a summary, a cause) as inline HTML. */
export function renderInline(markdown: string): string {
  return new MarkdownIt({ html: false, linkify: false }).renderInline(markdown);
}
