/** The search page: a form over the prebuilt index (assets/search.js); without JavaScript it says where to look. */
import { escapeHtml, renderPage } from './html.ts';
import { LANDING_ROUTE } from './landing-page.ts';
import { markdownTwinRoute, searchIndexRoute, searchRoute, searchScriptRoute } from './site-layout.ts';

export function renderSearchPage(productTitle: string): string {
  return renderPage({
    route: searchRoute,
    title: `Search · ${productTitle}`,
    nav: [{ label: 'All brands', route: LANDING_ROUTE }],
    scripts: [searchScriptRoute],
    markdownTwin: markdownTwinRoute(searchRoute),
    body: `    <h1>Search the error handbooks</h1>
    <form role="search" action="${searchRoute}" method="get" data-index="${escapeHtml(searchIndexRoute)}">
      <label for="q">Identifier or words of its explanation, causes or fix</label>
      <input id="q" name="q" type="search" autocomplete="off">
      <button type="submit">Search</button>
    </form>
    <p id="search-status" role="status"></p>
    <ul id="search-results" class="search-results"></ul>
    <noscript><p>Search needs JavaScript. Every identifier is listed, with its entry, on each brand's error handbook.</p></noscript>`,
  });
}
