/** The client holds an API secret, which must stay on a server: it refuses to start in a browser unless told otherwise. */

/** A browser page (a window with a document) or a web worker. Node, Deno, Bun and edge runtimes are not. */
export function isBrowserLike(scope: object = globalThis): boolean {
  const { window, importScripts } = scope as { window?: { document?: unknown }; importScripts?: unknown };
  return window?.document !== undefined || typeof importScripts === 'function';
}

export function assertServerRuntime(factory: string, dangerouslyAllowBrowser?: boolean, scope?: object): void {
  if (!dangerouslyAllowBrowser && isBrowserLike(scope)) {
    throw new Error(
      `${factory}() refuses to run in a browser, which would expose the API secret (dangerouslyAllowBrowser: true overrides).`,
    );
  }
}
