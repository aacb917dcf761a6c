/**
 * Syntax highlighting at build time, for the three languages the site shows: the "Reproduce it" scripts (`sh`), the
 * "Handle it" modules (`ts`) and the example bodies (`json`). Each language is one regular expression whose named
 * groups are the kinds of token; each token becomes a `<span>` with its kind's class, and the page ships no
 * highlighting script. The code is the site's own, generated from the spec, so these few rules cover it; a general
 * highlighter (shiki brings a WebAssembly regex engine and TextMate grammars) would add megabytes to the build for
 * the same spans.
 */
import { escapeHtml } from './html.ts';

/** The class of each kind of token, styled by assets/site.css. */
const CLASSES: Readonly<Record<string, string>> = {
  comment: 'hl-c',
  string: 'hl-s',
  keyword: 'hl-k',
  literal: 'hl-n',
  key: 'hl-p',
  command: 'hl-f',
  option: 'hl-o',
};

const GRAMMARS: Readonly<Record<string, RegExp>> = {
  json: /(?<key>"(?:[^"\\\n]|\\.)*"(?=\s*:))|(?<string>"(?:[^"\\\n]|\\.)*")|(?<literal>-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b|\b(?:true|false|null)\b)/g,
  ts: /(?<comment>\/\/[^\n]*|\/\*[\s\S]*?\*\/)|(?<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)|(?<keyword>\b(?:as|async|await|const|else|export|from|function|if|import|interface|let|new|return|type)\b)|(?<literal>\b(?:true|false|null|undefined)\b|\b\d+(?:\.\d+)?\b)|(?<command>\b[A-Za-z_$][\w$]*(?=\())/g,
  sh: /(?<comment>(?<=^|\s)#[^\n]*)|(?<string>'[^']*'|"(?:[^"\\]|\\.)*")|(?<option>(?<=\s)--?[A-Za-z][\w-]*)|(?<command>(?<=^|\|\s*)[a-z][\w-]*)/gm,
};

/** `code` as HTML with a span per token, or only escaped for a language without rules. */
export function highlight(code: string, language: string): string {
  const grammar = GRAMMARS[language];
  if (!grammar) return escapeHtml(code);
  let html = '';
  let end = 0;
  for (const match of code.matchAll(grammar)) {
    const kind = Object.entries(match.groups ?? {}).find(([, text]) => text !== undefined)?.[0] ?? '';
    html += `${escapeHtml(code.slice(end, match.index))}<span class="${CLASSES[kind]}">${escapeHtml(match[0])}</span>`;
    end = match.index + match[0].length;
  }
  return html + escapeHtml(code.slice(end));
}
