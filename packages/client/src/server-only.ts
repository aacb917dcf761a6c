/** The client holds an API secret, which must stay on a server: refuse to start in a browser unless told otherwise. */

interface Scope {
  window?: { document?: unknown };
  importScripts?: unknown;
}

/** A browser page (a window with a document) or a web worker. Node, Deno, Bun and edge runtimes are not. */
export function isBrowserLike(scope: object = globalThis): boolean {
  const { window, importScripts } = scope as Scope;
  return (
    (typeof window === 'object' && window !== null && window.document !== undefined) ||
    typeof importScripts === 'function'
  );
}

export function assertServerRuntime(factory: string, dangerouslyAllowBrowser = false, scope?: object): void {
  if (!dangerouslyAllowBrowser && isBrowserLike(scope)) {
    throw new Error(
      `${factory}() refuses to run in a browser: the API secret would be readable by anyone using the page. ` +
        'Call the API from your server instead, or pass `dangerouslyAllowBrowser: true` if the secret is not one to protect.',
    );
  }
}
