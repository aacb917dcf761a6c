/**
 * Renders a brand's generated "Standard API errors" Markdown page as HTML: the same content, with a stable
 * anchor on every identifier's row (`errors.html#TOKEN_NOT_VALID`) and kramdown callouts (`{: .important }`).
 */
import type { CatalogEntry } from '@error-contract/spec/catalog';
import MarkdownIt, { type StateCore } from 'markdown-it';

const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const KRAMDOWN_CLASSES = /^\{:\s*((?:\.[\w-]+\s*)+)\}\n?/;

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

/** Gives each identifier's table row its docs anchor as `id`, so deep links land on it. */
function identifierAnchors(anchors: Map<string, string>) {
  return (state: StateCore): void => {
    const { tokens } = state;
    tokens.forEach((token, index) => {
      if (token.type !== 'tr_open') return;
      const firstCell = tokens[index + 2];
      const code = firstCell?.children?.length === 1 ? firstCell.children[0] : undefined;
      const anchor = code?.type === 'code_inline' ? anchors.get(code.content) : undefined;
      if (anchor) token.attrSet('id', anchor);
    });
  };
}

export function renderErrorsPageBody(markdown: string, catalog: CatalogEntry[]): string {
  const md = new MarkdownIt({ html: false, linkify: false });
  md.core.ruler.push('kramdown_classes', kramdownClasses);
  md.core.ruler.push(
    'identifier_anchors',
    identifierAnchors(new Map(catalog.map((entry) => [entry.identifier, entry.docsAnchor]))),
  );
  return md.render(markdown.replace(FRONT_MATTER, ''));
}
