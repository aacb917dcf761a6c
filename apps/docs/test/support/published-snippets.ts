/**
 * The snippets of a built handbook page, exactly as a reader copies them: the text of each entry's "Reproduce it"
 * and "Handle it" code blocks in the HTML of the brand's own site (what the copy button copies: the code without the
 * highlighting's markup).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brandSiteDir, handbookRoute } from '../../src/site-layout.ts';

export interface PublishedSnippets {
  /** The shell script of "Reproduce it". */
  reproduce?: string;
  /** The TypeScript module of "Handle it". */
  handle?: string;
  /** The unit tests of "Handle it" on the test double, by language: the second TypeScript block, then one each. */
  tests: { ts?: string; python?: string; go?: string; php?: string };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** An element's HTML as its text: tags dropped, entities decoded. */
export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The text of the `nth` code block of `language` after the heading. */
const codeAfter = (section: string, heading: string, language: string, nth = 0) => {
  const at = section.indexOf(`<h3>${heading}</h3>`);
  if (at < 0) return undefined;
  const blocks = [
    ...section.slice(at).matchAll(new RegExp(`<code class="language-${language}">([\\s\\S]*?)</code>`, 'g')),
  ];
  const code = blocks[nth]?.[1];
  // The block ends with the newline that closes its last line.
  return code === undefined ? undefined : textOf(code).replace(/\n$/, '');
};

/** The snippets of every entry of a brand's handbook, by the entry's anchor. */
export function publishedSnippets(brand: string): Map<string, PublishedSnippets> {
  const html = readFileSync(join(brandSiteDir(brand), handbookRoute(brand)), 'utf8');
  const sections = html.split(/(?=<h2 id=")/).slice(1);
  return new Map(
    sections.map((section) => [
      /^<h2 id="([^"]+)"/.exec(section)?.[1] ?? '',
      {
        reproduce: codeAfter(section, 'Reproduce it', 'sh'),
        handle: codeAfter(section, 'Handle it', 'ts'),
        tests: {
          ts: codeAfter(section, 'Handle it', 'ts', 1),
          python: codeAfter(section, 'Handle it', 'python'),
          go: codeAfter(section, 'Handle it', 'go'),
          php: codeAfter(section, 'Handle it', 'php'),
        },
      },
    ]),
  );
}
