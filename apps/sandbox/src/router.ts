/**
 * Brand selection by path prefix: `/idenfy/api/v2/token` is iDenfy's `/api/v2/token`. The target is taken as
 * sent: no dot-segment or percent-decoding ever moves a request from the brand whose prefix it starts with.
 */
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
  /** Set for an absolute-form target that names another server than the sandbox. */
  foreignOrigin?: true;
}

export type Router = (target: string) => Route;

/** `ownOrigin` is the sandbox's origin (`http://127.0.0.1:4010`), the only one an absolute-form target may name. */
export function createRouter(apis: readonly BrandApi[], ownOrigin: () => string): Router {
  const [fallback] = apis;
  if (!fallback) throw new Error('The sandbox serves no brand.');
  const byBrand = new Map(apis.map((api) => [api.brand, api]));
  const brands = [...byBrand.keys()];
  return (target) => {
    const end = target.search(/[?#]/);
    let path = end < 0 ? target : target.slice(0, end);
    // An absolute-form target (`http://host/path`), which HTTP/1.1 servers must accept: compared, never parsed as a
    // URL, since URL parsing resolves dot-segments across the brand prefix.
    const origin = path.startsWith('/') ? undefined : /^[a-z][a-z\d+.-]*:\/\/[^/]*/i.exec(path)?.[0];
    if (origin !== undefined) {
      // The path alone goes on, to the access log too: the origin may carry user info.
      path = path.slice(origin.length) || '/';
      if (origin.toLowerCase() !== ownOrigin().toLowerCase())
        return { api: fallback, path, brands, foreignOrigin: true };
    }
    const slash = path.indexOf('/', 1);
    const api = path.startsWith('/') && slash > 0 ? byBrand.get(path.slice(1, slash)) : undefined;
    if (!api) return { api: fallback, path, brands };
    return { api, path, methods: api.paths.get(path.slice(slash)), brands };
  };
}

/** The target of a raw request line, e.g. from the bytes Node's parser refused; '' when there is none. */
export function targetOfRequestLine(bytes: Buffer | undefined): string {
  const line = bytes?.subarray(0, 8192).toString('latin1').split('\r\n', 1)[0] ?? '';
  return /^\S+ (\S+)/.exec(line)?.[1] ?? '';
}
