/**
 * The sandbox, from the dev loop's side: it runs in a worker thread of its own (sandbox-thread.ts), which reads each
 * build's bundles and swaps them in. On the loop's thread, the swap (compiling every operation's validators) held
 * up the docs server, and with it the reloaded pages, for as long as it took.
 */
import type { Sandbox } from '@error-contract/sandbox';
import { startThread } from './thread-channel.ts';

/** What the dev loop and its callers see of the sandbox. */
export type DevSandbox = Pick<Sandbox, 'url' | 'brands' | 'brandUrl' | 'credentials'>;

export type SandboxRequest = { type: 'use'; brands: readonly string[] } | { type: 'close' };

export interface SandboxReply {
  /** The sandbox served after the request; undefined when it is not running. */
  served?: Pick<Sandbox, 'url' | 'brands' | 'credentials'> & { brandUrls: Record<string, string> };
  /** Why the sandbox could not serve the new bundles (it keeps the last ones it could). */
  problem?: string;
}

export interface SandboxWorker {
  /** The sandbox served, the same object as long as its origin and brands stay; undefined until it starts. */
  readonly sandbox: DevSandbox | undefined;
  /**
   * Serves the bundles now in the spec's dist folder (swapped in, or the sandbox started again when the brands
   * changed). Resolves with the reason when it cannot serve them, and keeps serving the last bundles it could.
   */
  use(brands: readonly string[]): Promise<string | undefined>;
  close(): Promise<void>;
}

export function startSandboxWorker({
  sandboxPort,
  specDistDir,
}: {
  sandboxPort: number;
  specDistDir: string;
}): SandboxWorker {
  const thread = startThread<SandboxRequest, SandboxReply>(
    './sandbox-thread.ts',
    { sandboxPort, specDistDir },
    "The sandbox's worker",
  );
  let sandbox: DevSandbox | undefined;
  // A thread that failed or stopped serves nothing, and says why.
  const request = (message: SandboxRequest) =>
    thread.call(message).catch((error: Error): SandboxReply => ({ problem: error.message }));
  return {
    get sandbox() {
      return sandbox;
    },
    async use(brands) {
      const { served, problem } = await request({ type: 'use', brands });
      if (!served) sandbox = undefined;
      else if (sandbox?.url !== served.url || sandbox.brands.join() !== served.brands.join()) {
        const { brandUrls, ...rest } = served;
        const brandUrl = (brand: string) => {
          const url = brandUrls[brand];
          if (!url) throw new Error(`The sandbox does not serve the brand "${brand}".`);
          return url;
        };
        sandbox = { ...rest, brandUrl };
      }
      return problem;
    },
    async close() {
      await request({ type: 'close' });
      await thread.terminate();
    },
  };
}
