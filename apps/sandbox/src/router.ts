/** Brand selection by path prefix: `/idenfy/api/v2/token` is iDenfy's `/api/v2/token`. */
import type { BrandApi, OperationRoute } from './brand-api.ts';

export interface Route {
  /** The brand whose API answers; for a path of no brand, the first one (every brand has the same unknown-path error). */
  api: BrandApi;
  /** The request's path without its query, as the access log shows it. */
  path: string;
  /** The operations at this path by method; undefined for an unknown path. */
  methods?: ReadonlyMap<string, OperationRoute>;
  /** Every brand served, for the message of an unknown path. */
  brands: readonly string[];
}

export type Router = (target: string) => Route;

export function createRouter(apis: readonly BrandApi[]): Router {
  const [fallback] = apis;
  if (!fallback) throw new Error('The sandbox serves no brand.');
  const byBrand = new Map(apis.map((api) => [api.brand, api]));
  const brands = [...byBrand.keys()];
  return (target) => {
    const path = pathOf(target);
    const slash = path.indexOf('/', 1);
    const api = slash > 0 ? byBrand.get(path.slice(1, slash)) : undefined;
    if (!api) return { api: fallback, path, brands };
    return { api, path, methods: api.paths.get(path.slice(slash)), brands };
  };
}

function pathOf(target: string): string {
  const end = target.search(/[?#]/);
  const path = end < 0 ? target : target.slice(0, end);
  if (path.startsWith('/')) return path;
  // An absolute-form target (`http://host/path`), which HTTP/1.1 servers must accept.
  try {
    return new URL(path).pathname;
  } catch {
    return path;
  }
}
