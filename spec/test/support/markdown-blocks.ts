/**
 * Reads a docs page as a list of blocks to compare: front matter, tables as trimmed cells without the
 * separator row, and every other paragraph as its trimmed lines. An anchor (`<a id="…"></a>`, which the generated
 * pages put before each identifier) and a link around a cell's text (`[`X`](…)`, to the identifier's handbook entry)
 * are markup, not text: the anchor is left out of a cell, the link is replaced by its text.
 */
export type Block =
  | { kind: 'frontMatter'; lines: string[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'text'; lines: string[] };

const isSeparatorRow = (cells: string[]) => cells.every((cell) => /^:?-+:?$/.test(cell));

/** Matches an empty HTML anchor element, e.g. `<a id="TOKEN_NOT_VALID"></a>`. */
const ANCHOR = /<a id="[^"]*"><\/a>/g;
/** Matches an inline Markdown link; its text is kept. */
const LINK = /\[([^\]]*)\]\([^()\s]*\)/g;

function tableRows(lines: string[]): string[][] {
  return lines
    .map((line) =>
      line
        .trim()
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split('|')
        .map((cell) => cell.replaceAll(ANCHOR, '').replaceAll(LINK, '$1').trim()),
    )
    .filter((cells) => !isSeparatorRow(cells));
}

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let body = markdown.replace(/\r\n/g, '\n');
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(body);
  if (frontMatter?.[1] !== undefined) {
    blocks.push({ kind: 'frontMatter', lines: frontMatter[1].split('\n').map((line) => line.trim()) });
    body = body.slice(frontMatter[0].length);
  }
  for (const paragraph of body.split(/\n\s*\n/)) {
    const lines = paragraph.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((line) => line.trim().startsWith('|'))) blocks.push({ kind: 'table', rows: tableRows(lines) });
    else blocks.push({ kind: 'text', lines: lines.map((line) => line.trim()) });
  }
  return blocks;
}

export function tablesOf(blocks: Block[]): string[][][] {
  return blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
}
