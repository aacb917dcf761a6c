/**
 * Inside the sandbox's worker thread: serves the sandbox and swaps its bundles when the dev loop asks, so that
 * compiling the new bundles' validators never holds up the thread that serves the docs.
 */
import { workerData } from 'node:worker_threads';
import { type Sandbox, startSandbox } from '@error-contract/sandbox';
import { loadBundle } from '@error-contract/spec/workspace';
import type { SandboxReply, SandboxRequest } from './sandbox-worker.ts';
import { answerCalls } from './thread-channel.ts';

const { sandboxPort, specDistDir } = workerData as { sandboxPort: number; specDistDir: string };
let sandbox: Sandbox | undefined;

/** Serves the bundles now in `specDistDir`, or starts the sandbox again when the brands changed. */
async function use(brands: readonly string[]): Promise<string | undefined> {
  try {
    // Read here, not sent from the loop: no build writes the bundles until this swap is over.
    const bundles = Object.fromEntries(brands.map((brand) => [brand, loadBundle(brand, specDistDir)]));
    if (sandbox && sandbox.brands.join() === brands.join()) sandbox.useBundles(bundles);
    else {
      await sandbox?.close();
      sandbox = undefined;
      sandbox = await startSandbox({ port: sandboxPort, brands, bundles });
    }
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

answerCalls<SandboxRequest, SandboxReply>(async (request) => {
  if (request.type === 'close') {
    await sandbox?.close();
    sandbox = undefined;
    return {};
  }
  const problem = await use(request.brands);
  const served = sandbox && {
    url: sandbox.url,
    brands: sandbox.brands,
    brandUrls: Object.fromEntries(sandbox.brands.map((brand) => [brand, sandbox?.brandUrl(brand) ?? ''])),
    credentials: sandbox.credentials,
  };
  return { served, problem };
});
