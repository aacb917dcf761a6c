/**
 * Escaping, the site header and the page shell of every page the site renders itself (the Redoc reference has its
 * own page, templates/reference.hbs, with the same header).
 */
import {
  changelogRoute,
  errorsRoute,
  faviconRoute,
  handbookRoute,
  LANDING_ROUTE,
  referenceRoute,
  relativeLink,
  searchRoute,
  siteScriptRoute,
  stylesheetRoute,
} from './site-layout.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Nothing may load from another host: the browser enforces it, on top of the build using only local files. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self' blob:";

export interface NavLink {
  label: string;
  route: string;
}

/** What the header of a page links: the site's home (the brand's name on its pages), its pages, and the search. */
export interface SiteNav {
  home: NavLink;
  links: NavLink[];
  /** The search form in the header; the search page has its own. */
  search: boolean;
}

/** The header of a brand's pages: its name leads to the site's front page, then its pages. */
export function brandNav(brand: { id: string; name: string }): SiteNav {
  const links: NavLink[] = [
    { label: 'Error handbook', route: handbookRoute(brand.id) },
    { label: 'Standard API errors', route: errorsRoute(brand.id) },
    { label: 'Changelog', route: changelogRoute(brand.id) },
    { label: 'API reference', route: referenceRoute(brand.id) },
  ];
  return { home: { label: brand.name, route: LANDING_ROUTE }, links, search: true };
}

/** The header every page opens with: home, the brand's pages (the current one marked) and a search form. */
export function siteHeader(route: string, { home, links, search }: SiteNav): string {
  const link = (target: string) => escapeHtml(relativeLink(route, target));
  const item = ({ label, route: target }: NavLink, extra = '') =>
    `<a href="${link(target)}"${extra}${target === route ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a>`;
  const form = search
    ? `
    <form class="site-search" role="search" action="${link(searchRoute)}" method="get">
      <input name="q" type="search" aria-label="Search the error handbook" placeholder="Search (press /)" autocomplete="off">
    </form>`
    : '';
  return `<header class="site-header">
    <nav aria-label="Site">
      ${item(home, ' class="home"')}${links.map((entry) => `\n      ${item(entry)}`).join('')}
    </nav>${form}
  </header>`;
}

export interface PageShell {
  route: string;
  title: string;
  nav: SiteNav;
  body: string;
  /** A navigation beside the content (the handbook's identifiers), sticky on wide screens. */
  aside?: string;
  /** CSS of this page alone (the handbook's rules that mark the linked entry without script). */
  style?: string;
  /** The route of the page's Markdown twin, linked from the page. */
  markdownTwin?: string;
}

export function renderPage({ route, title, nav, body, aside, style, markdownTwin }: PageShell): string {
  const link = (target: string) => escapeHtml(relativeLink(route, target));
  const twinLink = markdownTwin ? `\n  <link rel="alternate" type="text/markdown" href="${link(markdownTwin)}">` : '';
  const twinFooter = markdownTwin
    ? `\n  <footer><p>This page as Markdown: <a href="${link(markdownTwin)}">${escapeHtml(markdownTwin.split('/').pop() ?? '')}</a></p></footer>`
    : '';
  return `<!doctype html>
<html lang="en" class="site">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light dark">
  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="${link(faviconRoute)}" type="image/svg+xml">
  <link rel="stylesheet" href="${link(stylesheetRoute)}">${twinLink}
  <script src="${link(siteScriptRoute)}" defer></script>${style ? `\n  <style>${style}</style>` : ''}
</head>
<body>
  <a class="skip" href="#main">Skip to the content</a>
  ${siteHeader(route, nav)}
  <div class="layout${aside ? ' with-aside' : ''}">${aside ? `\n  ${aside}` : ''}
  <main id="main">
${body}
  </main>
  </div>${twinFooter}
</body>
</html>
`;
}
