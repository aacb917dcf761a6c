/**
 * The build steps of one save, run inside a step worker thread (step-worker-thread.ts) with every module loaded
 * once: the spec's lint and brand bundles, the client's generated files, the site's pages and, in a second pass, the
 * Redoc references and the rest of what `pnpm generate` writes (the kits, the corpus, the client's exports map).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateAll, packageJsonPath, packageJsonWithExports } from '@error-contract/client/codegen';
import { renderSite } from '@error-contract/docs/build-site';
import { loadReleases, type Release } from '@error-contract/docs/changelog';
import { redocAsset } from '@error-contract/docs/redoc-asset';
import { renderReferencePage } from '@error-contract/docs/reference-page';
import { referenceRoute } from '@error-contract/docs/site-layout';
import type { LintResult } from '@error-contract/spec/pipeline';
import { buildBrands, lintSources } from '@error-contract/spec/pipeline';
import { bundlePath, errorsPagePath } from '@error-contract/spec/workspace';
import { writeTree } from './files.ts';
import type { DevLayout } from './layout.ts';

export interface BundlesBuilt {
  brands: string[];
  /** A digest per brand of everything built for it (YAML and JSON bundle, errors page). */
  digests: Record<string, string>;
}

export interface StepInputs {
  lint: undefined;
  bundles: undefined;
  client: undefined;
  /** `first`: only the pages an edit shows first (each brand's errors page and handbook), published before the rest. */
  pages: { first: boolean };
  publishPages: { brands: readonly string[] };
  references: { brands: readonly string[] };
  workspaceFiles: undefined;
}

export interface StepResults {
  lint: LintResult;
  bundles: BundlesBuilt;
  /** The generated files written or removed. */
  client: string[];
  /** Nothing: the pages are rendered and held in the worker, unpublished. */
  pages: undefined;
  /** The site routes written or removed. */
  publishPages: string[];
  references: string[];
  /** The files rewritten, relative to the watched root. */
  workspaceFiles: string[];
}

export type StepName = keyof StepInputs;

export function createBuildSteps(layout: DevLayout) {
  const pipeline = { configPath: layout.configPath, outDir: layout.specDistDir };
  let releases: Release[] | undefined;
  /** The pages rendered by the last `pages` step, until `publishPages` writes them. */
  let staged: { files: ReadonlyMap<string, string | Buffer>; first: boolean } | undefined;
  const steps: { [K in StepName]: (input: StepInputs[K]) => Promise<StepResults[K]> } = {
    // `await` whether the pipeline's functions return their results or promises of them.
    lint: async () => await lintSources(pipeline),
    async bundles() {
      const brands = await buildBrands(pipeline);
      const digests: Record<string, string> = {};
      for (const brand of brands) {
        const digest = createHash('sha256');
        for (const path of [
          bundlePath(brand, 'yaml', layout.specDistDir),
          bundlePath(brand, 'json', layout.specDistDir),
          errorsPagePath(brand, layout.specDistDir),
        ]) {
          digest.update(readFileSync(path));
        }
        digests[brand] = digest.digest('hex');
      }
      return { brands, digests };
    },
    async client() {
      const files = await generateAll({ specDistDir: layout.specDistDir, configPath: layout.configPath });
      return writeTree(layout.clientGeneratedDir, files);
    },
    /** Renders the pages, beside the lint, and holds them: they are published only if it passes. */
    async pages({ first }) {
      releases ??= await loadReleases(layout.root);
      const files = await renderSite({
        repoDir: layout.root,
        releases,
        configPath: layout.configPath,
        specPath: layout.specPath,
        specDistDir: layout.specDistDir,
        referencePages: false,
        firstPages: first,
      });
      staged = { files, first };
    },
    async publishPages({ brands }) {
      if (!staged) throw new Error('No pages were rendered to publish.');
      const { files, first } = staged;
      staged = undefined;
      // The first pages are published alone, every other page as it was. The references are rendered by their own,
      // slower pass: the last ones stay served until it ends.
      const references = new Set(brands.map(referenceRoute));
      return writeTree(layout.siteDir, files, (route) => first || references.has(route));
    },
    async references({ brands }) {
      const redoc = redocAsset();
      const pages = new Map(
        await Promise.all(
          brands.map(
            async (brand) =>
              [
                referenceRoute(brand),
                await renderReferencePage({
                  bundleJsonPath: bundlePath(brand, 'json', layout.specDistDir),
                  route: referenceRoute(brand),
                  redoc,
                  scratchPath: join(layout.workDir, 'scratch', `${brand}.html`),
                }),
              ] as const,
          ),
        ),
      );
      return writeTree(layout.siteDir, pages, () => true);
    },
    /**
     * The generated files that `pnpm generate` writes besides the client's sources: the client's exports map (one
     * entry per brand), the kits and the corpus. Their generators read this workspace's bundles and write into this
     * workspace, so this step runs only when the loop watches this workspace (`layout.isWorkspace`).
     */
    async workspaceFiles() {
      if (!layout.isWorkspace) throw new Error(`${layout.root} is not this workspace: its generators do not apply.`);
      const written: string[] = [];
      const manifest = packageJsonWithExports();
      if (readFileSync(packageJsonPath, 'utf8') !== manifest) {
        writeFileSync(packageJsonPath, manifest);
        written.push(packageJsonPath);
      }
      // Loaded on the first save, and only when watching this workspace.
      const { writeAll } = await import('@error-contract/kits/codegen');
      written.push(...(await writeAll()));
      return written.map((path) => relative(layout.root, path));
    },
  };
  return steps;
}
