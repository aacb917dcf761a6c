import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '@error-contract/docs/build-site';
import { errorsRoute, handbookRoute, markdownTwinRoute, referenceRoute } from '@error-contract/docs/site-layout';
import { operationById, requestExampleOf } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { seededCredentials } from '@error-contract/spec/local-sandbox';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildError } from '../src/build-report.ts';
import { type BuildEvent, type DevLoop, startDevLoop } from '../src/dev-loop.ts';
import { readTree } from '../src/files.ts';
import { CLIENT_SCRIPT_ROUTE, EVENTS_ROUTE, injectLiveReload } from '../src/live-reload.ts';
import { type EventReader, readEvents } from './support/events.ts';
import { CATALOG_FILE, plainExplanation } from './support/explanation.ts';
import { copySpec, type SpecCopy } from './support/spec-copy.ts';

const [brand = 'idenfy'] = publishedBrands();
let copy: SpecCopy;
let loop: DevLoop;
let events: EventReader;
/** What the loop printed in the terminal. */
const terminal: string[] = [];
/** What no report may carry: Redocly's boxed banners, its ❌ summary and its advice to CLI users. */
const TOOL_NOISE = /[╔║╚❌]|generate-ignore-file|--force/;

beforeAll(async () => {
  copy = copySpec();
  loop = await startDevLoop({
    root: copy.root,
    docsPort: 0,
    sandboxPort: 0,
    debounceMs: 50,
    log: (line) => terminal.push(line),
  });
  events = await readEvents(new URL(EVENTS_ROUTE.slice(1), loop.docsUrl).href);
});

afterAll(async () => {
  events?.close();
  await loop?.close();
  copy?.discard();
});

const page = async (route: string) => (await fetch(new URL(route, loop.docsUrl))).text();
/** The 1-based line of the copy's file on which `text` first appears. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(copy.root, 'spec', file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text)) + 1;
const reloadOf = (route: string) => (event: { type: string; data: Record<string, unknown> }) =>
  event.type === 'reload' && (event.data.routes as string[]).includes(route);

describe('pnpm dev on a copy of the spec', () => {
  test('serves the edited explanation and sends a reload for the pages that show it', async () => {
    const { explanation } = plainExplanation(copy.root, brand);
    const edited = `${explanation.slice(0, -1)}, edited while the docs were open.`;
    expect(await page(errorsRoute(brand))).not.toContain(edited);
    const reload = events.next(reloadOf(errorsRoute(brand)));
    const published = new Promise<BuildEvent>((resolve) => {
      const stop = loop.onBuild((event) => {
        if (event.type !== 'published') return;
        stop();
        resolve(event);
      });
    });
    copy.replace(CATALOG_FILE, `explanation: ${explanation}\n`, `explanation: ${edited}\n`);
    const { data } = await reload;
    // The client's generated catalog is rewritten with the new explanation.
    const catalogFile = `${brand}/catalog.ts`;
    expect(await published).toMatchObject({ type: 'published', clientFiles: expect.arrayContaining([catalogFile]) });
    expect(readFileSync(join(loop.layout.clientGeneratedDir, catalogFile), 'utf8')).toContain(edited);
    expect(data.routes).toContain(handbookRoute(brand));
    // Only files whose content changed are written: the shared assets are not.
    expect((data.routes as string[]).filter((route) => route.startsWith('assets/'))).toEqual([]);
    expect(await page(errorsRoute(brand))).toContain(edited);
    expect(await page(handbookRoute(brand))).toContain(edited);
  });

  test('serves after a save the bytes the build writes: the first pages as soon as they reload, then every file', async () => {
    await loop.idle();
    const { explanation } = plainExplanation(copy.root, brand);
    const edited = `${explanation.slice(0, -1)}, edited again.`;
    const firstReload = events.next(reloadOf(handbookRoute(brand)));
    copy.replace(CATALOG_FILE, `explanation: ${explanation}\n`, `explanation: ${edited}\n`);
    const { data } = await firstReload;
    const firstRoutes = data.routes as string[];
    expect(firstRoutes).toContain(errorsRoute(brand));
    // Served at once, before the rest of the site is rendered.
    const first = new Map(await Promise.all(firstRoutes.map(async (route) => [route, await page(route)] as const)));
    await loop.idle();

    const outDir = mkdtempSync(join(tmpdir(), 'dev-build-site-'));
    try {
      const { configPath, specPath, specDistDir } = loop.layout;
      await buildSite({ outDir, repoDir: copy.root, configPath, specPath, specDistDir, precompress: false });
      const built = readTree(outDir);
      const served = (route: string) => {
        const bytes = built.get(route)?.toString('utf8') ?? `${route} is not in the build`;
        return route.endsWith('.html') ? injectLiveReload(bytes) : bytes;
      };
      for (const [route, text] of first) expect(text, route).toBe(served(route));
      expect(first.get(handbookRoute(brand))).toContain(edited);
      // Every file, the references (from their own pass) included.
      const site = readTree(loop.layout.siteDir);
      expect([...site.keys()].sort()).toEqual([...built.keys()].sort());
      for (const [route, bytes] of site) expect(bytes.equals(built.get(route) ?? Buffer.alloc(0)), route).toBe(true);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });

  test('injects the live-reload script into the served HTML only, never into the files it built', async () => {
    const served = await page(errorsRoute(brand));
    expect(served).toContain(`<script src="${CLIENT_SCRIPT_ROUTE}" defer></script>`);
    const built = readFileSync(join(loop.layout.siteDir, errorsRoute(brand)), 'utf8');
    expect(built).not.toContain(CLIENT_SCRIPT_ROUTE);
    expect(served.replace(`<script src="${CLIENT_SCRIPT_ROUTE}" defer></script>\n`, '')).toBe(built);
  });

  test('keeps the last good page on a lint error, sends the overlay, and clears it once fixed', async () => {
    // The reference's outline shows each operation's description, the text the broken edit removes.
    const outline = markdownTwinRoute(referenceRoute(brand));
    const before = await page(outline);
    const operation = 'paths/api_v2_status.yaml';
    const description = /^ {2}description: (.*)\n/m.exec(readFileSync(join(copy.root, 'spec', operation), 'utf8'));
    if (!description?.[1]) throw new Error(`${operation} has no operation description to remove.`);
    expect(before).toContain(description[1]);
    const overlay = events.next((event) => event.type === 'build-error');
    copy.replace(operation, description[0], '');
    const { data } = await overlay;
    await loop.idle();
    expect(data.error).toMatchObject({
      title: 'Lint errors in the spec',
      output: expect.stringContaining('operation-description'),
      problems: [
        expect.objectContaining({
          file: `spec/${operation}`,
          pointer: expect.stringMatching(/\/description$/),
          rule: 'operation-description',
        }),
      ],
    });
    expect(await page(outline)).toBe(before);
    // A page opened while the spec is broken gets the overlay as soon as it connects.
    const lateReader = await readEvents(new URL(EVENTS_ROUTE.slice(1), loop.docsUrl).href);
    await expect(lateReader.next((event) => event.type === 'build-error', 5_000)).resolves.toBeDefined();
    lateReader.close();

    const cleared = events.next((event) => event.type === 'build-ok');
    copy.replace(operation, '  tags:\n', `${description[0]}  tags:\n`);
    await cleared;
    expect(await page(outline)).toBe(before);
  });

  test('reports a broken $ref once per problem, by file, line and pointer, without the tools’ noise', async () => {
    const from = '$ref: ../../reproductions/BAD_VALUE.yaml';
    const overlay = events.next((event) => event.type === 'build-error');
    const printed = terminal.length;
    copy.replace(CATALOG_FILE, from, '$ref: ../../reproductions/NO_SUCH_FILE.yaml');
    const { data } = await overlay;
    await loop.idle();
    const error = data.error as BuildError;
    const where = error.problems.map(({ file, line, pointer }) => `${file}:${line} ${pointer}`);
    expect(where.length).toBeGreaterThan(0);
    expect(new Set(error.problems.map((problem) => JSON.stringify(problem))).size).toBe(error.problems.length);
    expect(where).toContain(
      `spec/${CATALOG_FILE}:${lineOf(CATALOG_FILE, 'NO_SUCH_FILE')} #/x-error-catalog/BAD_VALUE/reproductions`,
    );
    const report = [JSON.stringify(error), ...terminal.slice(printed)].join('\n');
    expect(report).not.toMatch(TOOL_NOISE);

    const cleared = events.next((event) => event.type === 'build-ok');
    copy.replace(CATALOG_FILE, '$ref: ../../reproductions/NO_SUCH_FILE.yaml', from);
    await cleared;
  });

  test('does not rebuild when a save leaves the bundles byte for byte the same', async () => {
    const built: BuildEvent['type'][] = [];
    const stop = loop.onBuild((event) => built.push(event.type));
    const source = readFileSync(join(copy.root, 'spec', CATALOG_FILE), 'utf8');
    const lastLine = source.trimEnd().split('\n').at(-1) ?? '';
    copy.replace(CATALOG_FILE, `${lastLine}\n`, `${lastLine}\n# A comment: not in any bundle.\n`);
    const deadline = Date.now() + 30_000;
    while (built.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await loop.idle();
    stop();
    expect(built).toEqual(['unchanged']);
  });

  test('hot-swaps the sandbox to the new bundle without a restart', async () => {
    const sandbox = loop.sandbox;
    if (!sandbox) throw new Error('The sandbox did not start.');
    const bundle = loadBundle(brand, loop.layout.specDistDir);
    const createToken = operationById(bundle, 'createToken');
    const partner = seededCredentials('partner');
    if (!partner) throw new Error('The sandbox config seeds no partner.');
    const request = () =>
      fetch(`${sandbox.brandUrl(brand)}${createToken.path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`${partner.apiKey}:${partner.apiSecret}`).toString('base64')}`,
          'x-sandbox-fault': 'internal-error',
        },
        body: JSON.stringify(requestExampleOf(bundle, createToken)),
      }).then((response) => response.json() as Promise<{ identifier: string; message: string }>);
    const message = catalogOf(bundle).find(({ identifier }) => identifier === 'INTERNAL_ERROR')?.example.message;
    if (!message) throw new Error('The catalog has no INTERNAL_ERROR example.');
    expect(await request()).toEqual({ identifier: 'INTERNAL_ERROR', message });

    const published = new Promise<void>((resolve) => {
      const stop = loop.onBuild((event) => {
        if (event.type !== 'published') return;
        stop();
        resolve();
      });
    });
    copy.replace(CATALOG_FILE, `message: ${message}\n`, `message: ${message} Edited.\n`);
    await published;
    expect(loop.sandbox).toBe(sandbox);
    expect(await request()).toEqual({ identifier: 'INTERNAL_ERROR', message: `${message} Edited.` });
  });
});
