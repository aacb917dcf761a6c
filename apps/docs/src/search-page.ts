/** The search page: a form over the prebuilt index (assets/site.js); without JavaScript it says where to look. */
import { escapeHtml, renderPage, type SiteNav } from './html.ts';
import { markdownTwinRoute, searchIndexRoute, searchRoute } from './site-layout.ts';

export function renderSearchPage(productTitle: string, nav: SiteNav): string {
  return renderPage({
    route: searchRoute,
    title: `Search · ${productTitle}`,
    nav: { ...nav, search: false },
    markdownTwin: markdownTwinRoute(searchRoute),
    body: `    <h1>Search the error handbook</h1>
    <form role="search" action="${searchRoute}" method="get" data-index="${escapeHtml(searchIndexRoute)}">
      <label for="q">Identifier or words of its explanation, causes or fix</label>
      <input id="q" name="q" type="search" autocomplete="off">
      <button type="submit">Search</button>
    </form>
    <p id="search-status" role="status"></p>
    <ul id="search-results" class="search-results"></ul>
    <noscript><p>Search needs JavaScript. Every identifier is listed, with its entry, in the error handbook.</p></noscript>`,
  });
}
