/**
 * `pnpm dev`'s loop: serves the docs and the sandbox, watches the spec, and on every save lints and rebuilds in two
 * worker threads, publishes what changed, reloads the pages that changed and hot-swaps the sandbox's bundles (in
 * the sandbox's own thread).
 * A failed lint or build is printed and shown as an overlay; the last good build stays served.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type BuildError, lintFailure, stepFailure } from './build-report.ts';
import { createBuildScheduler } from './build-scheduler.ts';
import type { BundlesBuilt } from './build-steps.ts';
import { type DevServer, startDevServer } from './dev-server.ts';
import { type DevLayout, devLayout } from './layout.ts';
import { LiveReloadChannel } from './live-reload.ts';
import { type DevSandbox, startSandboxWorker } from './sandbox-worker.ts';
import { type StepWorker, startStepWorker } from './step-worker.ts';
import { watchSources } from './watch.ts';

/** Milliseconds per step of a build that published pages. */
export interface StepTimes {
  lint: number;
  bundle: number;
  /** Swapping the sandbox's bundles (reading them and compiling their validators), in the sandbox's thread. */
  sandbox: number;
  client: number;
  /** Rendering and publishing the pages an edit shows first: each brand's errors page and handbook. */
  site: number;
  /** Then the rest of the site, beside the sandbox and the client. */
  rest: number;
}

export type BuildEvent =
  | {
      type: 'published';
      routes: readonly string[];
      clientFiles: readonly string[];
      steps: StepTimes;
      /** From the build's start until the first pages were served, before the rest, the sandbox and the client. */
      pagesMs: number;
      totalMs: number;
    }
  | { type: 'references'; routes: readonly string[]; ms: number }
  /** The kits, the corpus and the client's exports map, rewritten (when the loop watches this workspace). */
  | { type: 'generated'; files: readonly string[]; ms: number }
  | { type: 'unchanged'; totalMs: number }
  | { type: 'failed'; error: BuildError };

export interface DevLoopOptions {
  /** The checkout or copy to watch (its `spec/` and `redocly.yaml`). */
  root: string;
  /** 0 picks a free port. */
  docsPort: number;
  sandboxPort: number;
  debounceMs?: number;
  /** Where the terminal lines go. */
  log?: (line: string) => void;
  /** Stops the loop, as `close()` does, when aborted; while it starts, `startDevLoop` then rejects with its reason. */
  signal?: AbortSignal;
}

export interface DevLoop {
  layout: DevLayout;
  /** The docs site root, ending with `/`. */
  docsUrl: string;
  /** The sandbox's origin; undefined until a build of the bundles succeeds. */
  readonly sandbox: DevSandbox | undefined;
  /** Calls `listener` after each build step that changes what is served; returns the unsubscribe function. */
  onBuild(listener: (event: BuildEvent) => void): () => void;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const messageOf = (run: PromiseRejectedResult) => (run.reason as Error).message;

export async function startDevLoop({
  root,
  docsPort,
  sandboxPort,
  debounceMs = 50,
  log = () => {},
  signal,
}: DevLoopOptions): Promise<DevLoop> {
  const layout = devLayout(root, mkdtempSync(join(tmpdir(), 'error-contract-dev-')));
  const channel = new LiveReloadChannel();
  const listeners = new Set<(event: BuildEvent) => void>();
  const emit = (event: BuildEvent) => {
    for (const listener of listeners) listener(event);
  };
  // Two step workers: the side worker lints beside the main worker's bundles and first pages; once these are served,
  // the main worker renders the references, then the rest of the site while the side worker generates the client and
  // the sandbox's own thread swaps its bundles. This thread only serves the docs and directs the workers.
  const mainWorker: StepWorker = startStepWorker(layout);
  const sideWorker: StepWorker = startStepWorker(layout);
  const sandboxWorker = startSandboxWorker({ sandboxPort, specDistDir: layout.specDistDir });
  let published: BundlesBuilt | undefined;
  /** Brands whose reference page is older than their bundle: a failed reference pass is retried by the next build. */
  const staleReferences = new Set<string>();
  let server: DevServer | undefined;

  /** Set once close() starts: a build under way then ends quietly, its steps' workers gone. */
  let closing = false;
  const fail = (error: BuildError) => {
    if (closing) return;
    const report = error.output.replace(/^/gm, '  ');
    log(`✗ ${error.title}\n${report}\n  The last good build is still served; fix the spec and save.`);
    channel.send({ type: 'build-error', error });
    emit({ type: 'failed', error });
  };

  /**
   * Hands the sandbox the new bundles, or starts it on the first good build. A bundle it cannot serve (e.g. an
   * operation it has no handler for yet) does not hold the docs back: it keeps the last bundles it could serve.
   */
  async function swapSandbox(built: BundlesBuilt): Promise<void> {
    const problem = await sandboxWorker.use(built.brands);
    if (problem === undefined || closing) return;
    const still = sandboxWorker.sandbox ? 'keeps serving the last bundles it could' : 'is not running';
    log(`! The sandbox cannot serve the new bundles and ${still}: ${problem}`);
  }

  /** Whether `built` differs from what is served, so its pages, client and sandbox must follow. */
  function needsPublishing(built: BundlesBuilt, changed: ReadonlySet<string>): boolean {
    const reproductionsChanged = [...changed].some((path) => path.startsWith(join(layout.specDir, 'reproductions')));
    const changedBrands = built.brands.some((brand) => built.digests[brand] !== published?.digests[brand]);
    const sameBrands = published?.brands.join() === built.brands.join();
    return !published || !sameBrands || changedBrands || reproductionsChanged || staleReferences.size > 0;
  }

  async function build(changed: ReadonlySet<string>): Promise<void> {
    const started = performance.now();
    if (changed.size > 0) log(`… ${[...changed].map((path) => relative(layout.root, path)).join(', ')} changed`);
    const linting = sideWorker.run('lint');
    const bundling = mainWorker.run('bundles');
    // The first pages render as soon as the bundles are built, beside the lint; they are published only if it passes.
    const rendering = bundling.then(([built]) =>
      needsPublishing(built, changed) ? mainWorker.run('pages', { first: true }) : undefined,
    );
    rendering.catch(() => undefined);
    const [lintRun, bundlesRun] = await Promise.allSettled([linting, bundling]);
    if (closing) return;
    // Lint problems first: a bundle that fails beside them mostly fails for one of them, and says it once per brand.
    if (lintRun.status === 'rejected')
      return fail(stepFailure('The spec cannot be linted', messageOf(lintRun), layout.root));
    if (!lintRun.value[0].ok) return fail(lintFailure(lintRun.value[0], layout.root));
    if (bundlesRun.status === 'rejected')
      return fail(stepFailure('The spec does not build', messageOf(bundlesRun), layout.root));
    const [, lintMs] = lintRun.value;
    const [built, bundleMs] = bundlesRun.value;

    if (!needsPublishing(built, changed)) {
      if (channel.error) channel.send({ type: 'build-ok' });
      const totalMs = performance.now() - started;
      log(`✓ the bundles did not change (${seconds(totalMs)}); nothing to rebuild`);
      emit({ type: 'unchanged', totalMs });
      return;
    }
    for (const brand of built.brands) {
      if (built.digests[brand] !== published?.digests[brand]) staleReferences.add(brand);
    }

    // The pages an edit shows first go out first: what the author looks at waits for nothing else the save rebuilds.
    const [pagesRun] = await Promise.allSettled([rendering]);
    if (closing) return;
    if (pagesRun.status === 'rejected')
      return fail(stepFailure('The docs site does not build', messageOf(pagesRun), layout.root));
    const [, renderMs = 0] = pagesRun.value ?? [];
    const [firstRoutes, publishMs] = await mainWorker.run('publishPages', { brands: built.brands });
    if (closing) return;
    const siteMs = renderMs + publishMs;
    if (channel.error) channel.send({ type: 'build-ok' });
    channel.send({ type: 'reload', routes: firstRoutes });
    const pagesMs = performance.now() - started;

    // Then the references (the second pass: build-docs renders the brands side by side, on both cores), the page the
    // author looks at next; then the rest of the site beside the client's files (the side worker) and the sandbox's
    // swap (its own thread). On two cores, anything beside a page the author waits for slows it down.
    await renderReferences(built.brands.filter((brand) => staleReferences.has(brand)));
    if (closing) return;
    const restStarted = performance.now();
    const rest = mainWorker
      .run('pages', { first: false })
      .then(() => mainWorker.run('publishPages', { brands: built.brands }))
      .then(([routes]) => [routes, performance.now() - restStarted] as const);
    const generating = sideWorker.run('client');
    // Settled below, after the swap: a failure meanwhile (the workers closed by Ctrl-C) is not an unhandled rejection.
    for (const running of [rest, generating]) running.catch(() => undefined);
    const swapStarted = performance.now();
    await swapSandbox(built);
    const sandboxMs = performance.now() - swapStarted;
    const [restRun, clientRun] = await Promise.allSettled([rest, generating]);
    if (closing) return;
    if (restRun.status === 'rejected')
      return fail(stepFailure('The docs site does not build', messageOf(restRun), layout.root));
    const [restRoutes, restMs] = restRun.value;
    if (restRoutes.length > 0) channel.send({ type: 'reload', routes: restRoutes });
    if (clientRun.status === 'rejected')
      return fail(stepFailure("The client's files cannot be generated", messageOf(clientRun), layout.root));
    const [clientFiles, clientMs] = clientRun.value;
    // Only now is everything built from these bundles: a client that failed is tried again on the next save.
    published = built;
    const routes = [...firstRoutes, ...restRoutes].sort();
    const steps = { lint: lintMs, bundle: bundleMs, sandbox: sandboxMs, client: clientMs, site: siteMs, rest: restMs };
    const totalMs = performance.now() - started;
    log(
      `✓ rebuilt in ${seconds(totalMs)} (lint ${seconds(lintMs)} beside bundle ${seconds(bundleMs)} then the first pages ${seconds(siteMs)}; then the rest of the site ${seconds(restMs)} beside sandbox ${seconds(sandboxMs)} and client ${seconds(clientMs)}): ${routes.length} site files, ${clientFiles.length} client files changed`,
    );
    emit({ type: 'published', routes, clientFiles, steps, pagesMs, totalMs });

    // Then the rest of what `pnpm generate` writes.
    await generateFiles();
  }

  async function renderReferences(brands: readonly string[]): Promise<void> {
    if (brands.length === 0) return;
    try {
      const [references, ms] = await mainWorker.run('references', { brands });
      if (closing) return;
      for (const brand of brands) staleReferences.delete(brand);
      channel.send({ type: 'reload', routes: references });
      log(`✓ references of ${brands.join(', ')} rebuilt in ${seconds(ms)}`);
      emit({ type: 'references', routes: references, ms });
    } catch (error) {
      fail(stepFailure('The API reference does not build', (error as Error).message, layout.root));
    }
  }

  async function generateFiles(): Promise<void> {
    if (!layout.isWorkspace) return;
    try {
      const [files, ms] = await sideWorker.run('workspaceFiles');
      if (closing) return;
      log(`✓ kits and corpus regenerated in ${seconds(ms)}`);
      emit({ type: 'generated', files, ms });
    } catch (error) {
      fail(stepFailure('The kits and the corpus cannot be generated', (error as Error).message, layout.root));
    }
  }

  const scheduler = createBuildScheduler(build, debounceMs);
  let stopWatching: (() => Promise<void>) | undefined;
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing = true;
      await stopWatching?.();
      // The workers first: a build under way fails its next step at once instead of finishing.
      await Promise.all([mainWorker.close(), sideWorker.close()]);
      await scheduler.close();
      await Promise.all([server?.close(), sandboxWorker.close()]);
      rmSync(layout.workDir, { recursive: true, force: true });
    })();
    return closed;
  };
  signal?.addEventListener('abort', () => void close(), { once: true });
  try {
    signal?.throwIfAborted();
    server = await startDevServer({ siteDir: layout.siteDir, channel, port: docsPort });
    stopWatching = await watchSources(layout, (path) => scheduler.notify(path));
    await build(new Set());
    signal?.throwIfAborted();
  } catch (error) {
    await close();
    throw error;
  }
  const docsUrl = server.url;
  return {
    layout,
    docsUrl,
    get sandbox() {
      return sandboxWorker.sandbox;
    },
    onBuild(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    idle: () => scheduler.idle(),
    close,
  };
}
