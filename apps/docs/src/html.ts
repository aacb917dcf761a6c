/** Escaping and the page shell shared by the landing page and the errors pages (Redoc pages use templates/reference.hbs). */
import { faviconRoute, relativeLink, stylesheetRoute } from './site-layout.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Nothing may load from another host: the browser enforces it, on top of the build using only local files. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self' blob:";

export interface PageShell {
  route: string;
  title: string;
  nav: Array<{ label: string; route: string }>;
  body: string;
  /** The route of the page's Markdown twin, linked from the page. */
  markdownTwin?: string;
  /** Scripts of the site to load, by route (deferred: the page works without them). */
  scripts?: string[];
}

export function renderPage({ route, title, nav, body, markdownTwin, scripts = [] }: PageShell): string {
  const link = (target: string) => escapeHtml(relativeLink(route, target));
  const navLinks = nav
    .map(
      (item) =>
        `<a href="${link(item.route)}"${item.route === route ? ' aria-current="page"' : ''}>${escapeHtml(item.label)}</a>`,
    )
    .join('\n      ');
  const twinLink = markdownTwin ? `\n  <link rel="alternate" type="text/markdown" href="${link(markdownTwin)}">` : '';
  const twinFooter = markdownTwin
    ? `\n  <footer><p>This page as Markdown: <a href="${link(markdownTwin)}">${escapeHtml(markdownTwin.split('/').pop() ?? '')}</a></p></footer>`
    : '';
  const scriptTags = scripts.map((script) => `\n  <script src="${link(script)}" defer></script>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="${link(faviconRoute)}" type="image/svg+xml">
  <link rel="stylesheet" href="${link(stylesheetRoute)}">${twinLink}${scriptTags}
</head>
<body>
  <header>
    <nav aria-label="Site">
      ${navLinks}
    </nav>
  </header>
  <main>
${body}
  </main>${twinFooter}
</body>
</html>
`;
}
