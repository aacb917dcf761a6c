/** The built docs site as the checks read it: the element ids (anchors) of each page, by route. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltSite {
  /** The ids of the page at `route` (e.g. `idenfy/errors.html`), or undefined when the site has no such page. */
  anchorsOf(route: string): ReadonlySet<string> | undefined;
}

export function anchorsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id ?? ''));
}

export function siteFromDir(dir: string): BuiltSite {
  const cache = new Map<string, Set<string> | undefined>();
  return {
    anchorsOf(route) {
      if (!cache.has(route)) {
        const path = join(dir, route);
        cache.set(route, existsSync(path) ? anchorsIn(readFileSync(path, 'utf8')) : undefined);
      }
      return cache.get(route);
    },
  };
}

/** A site made of the given pages only, e.g. a mutated copy of one page. */
export function siteFromPages(pages: Readonly<Record<string, string>>): BuiltSite {
  return {
    anchorsOf: (route) => {
      const html = pages[route];
      return html === undefined ? undefined : anchorsIn(html);
    },
  };
}
