/**
 * A client's `docsUrl` resolves: it starts with the brand's public docs root (`externalDocs.url`), and the rest,
 * a route and an anchor, names a page of the built site that has that anchor.
 */
import type { BuiltSite } from './built-site.ts';
import { problem } from './problem.ts';

export function docsUrlProblems(where: string, docsUrl: string, docsRoot: string, site: BuiltSite): string[] {
  if (!docsUrl.startsWith(docsRoot)) return [problem(where, `a docsUrl under ${docsRoot}`, docsUrl)];
  const [route = '', anchor] = docsUrl.slice(docsRoot.length).replace(/^\//, '').split('#');
  if (!anchor) return [problem(where, 'a docsUrl with an anchor', docsUrl)];
  const anchors = site.anchorsOf(route);
  if (!anchors) return [problem(where, `the page ${route} in the built docs site`, 'no such page')];
  return anchors.has(decodeURIComponent(anchor)) ? [] : [problem(where, `the anchor #${anchor} on ${route}`, 'none')];
}
