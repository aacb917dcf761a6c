/**
 * Every snippet of both handbooks runs exactly as the page shows it, against a fresh sandbox on a free loopback port:
 * - "Reproduce it" with `sh` (dash here, no bash) and /usr/bin/curl, with no variable set but `http_proxy`, which
 *   sends the documented origin's requests to the sandbox, and CURL_HOME, whose .curlrc keeps curl's progress meter
 *   out of the pipe; it gets the entry's identifier with the declared status;
 * - "Handle it" with Node (tsx), its requests to the documented origin sent to the sandbox by a preloaded module; it
 *   prints the identifier it handled. packages/contract-tests type-checks the same modules (handleSnippet).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startSandbox } from '@error-contract/sandbox';
import { valueAt } from '@error-contract/spec/bundle';
import { catalogOf } from '@error-contract/spec/catalog';
import { printfFormat } from '@error-contract/spec/reproductions';
import { declaredBrands, linkPublishedClients, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { handleSnippet } from '../src/handbook.ts';
import { reproductionMarkdown, reproductionOf, SANDBOX_ORIGIN } from '../src/reproduce.ts';
import { appDir } from '../src/site-layout.ts';
import { startForwardProxy } from './support/forward-proxy.ts';
import { publishedSnippets } from './support/published-snippets.ts';

const CURL = '/usr/bin/curl';
const skipCurl = !existsSync(CURL) && process.env.CI !== 'true';
const run = promisify(execFile);
const declared = new Map(declaredBrands().map((brand) => [brand.id, brand]));
/** Inside this package, so that the workspace client the published names stand for resolves. */
const modulesDir = join(appDir, 'test-results', 'handle-snippets');
const tsxLoader = createRequire(import.meta.url).resolve('tsx');
const redirectFetch = join(appDir, 'test', 'support', 'redirect-fetch.ts');

interface Logged {
  method: string;
  path: string;
  status: number;
  identifier: string;
}

/**
 * A fresh sandbox of the test's own (its quota and tokens as seeded), so that tests run side by side: its URL, and its
 * access log. It stops with the test.
 */
async function freshSandbox({ onTestFinished }: TestContext): Promise<{ url: string; log: Logged[] }> {
  const log: Logged[] = [];
  const sandbox = await startSandbox({
    port: 0,
    accessLog: (line) => {
      const [method = '', path = '', status = '', identifier = ''] = line.split(' ');
      log.push({ method, path, status: Number(status), identifier });
    },
  });
  onTestFinished(() => sandbox.close());
  return { url: sandbox.url, log };
}

/** The client's published names, resolved in `modulesDir` once for every module written there. */
beforeAll(() => {
  mkdirSync(modulesDir, { recursive: true });
  writeFileSync(join(modulesDir, 'package.json'), '{ "type": "module" }\n');
  linkPublishedClients(modulesDir);
});
/** curl's config with output options only, so that it prints no progress meter into a pipe; the commands stay as published. */
const curlHome = mkdtempSync(join(tmpdir(), 'docs-curl-'));
writeFileSync(join(curlHome, '.curlrc'), 'silent\nshow-error\n');
afterAll(() => {
  rmSync(modulesDir, { recursive: true, force: true });
  rmSync(curlHome, { recursive: true, force: true });
});

describe('printf formats for raw bodies', () => {
  const cases: Array<[name: string, { given: number[]; want: string }]> = [
    ['printable ASCII as it is', { given: [...Buffer.from('{"a": 1}')], want: `'{"a": 1}'` }],
    ['bytes past ASCII as octal escapes', { given: [0x22, 0xff, 0xfe, 0x22], want: `'"\\377\\376"'` }],
    ['the percent sign and the backslash doubled', { given: [...Buffer.from('50%\\')], want: `'50%%\\\\'` }],
    ["the quote, which ends a shell's single-quoted word, as an escape", { given: [0x27], want: `'\\047'` }],
  ];
  it.each(cases)('writes %s', (_name, { given, want }) => {
    expect(printfFormat(Uint8Array.from(given))).toBe(want);
  });
});

/**
 * Writes a module inside this package and runs it with Node against a fresh sandbox; returns its output and the
 * sandbox's access log.
 */
async function runModule(test: TestContext, name: string, source: string) {
  const file = join(modulesDir, `${name}.ts`);
  writeFileSync(file, source);
  const { url, log } = await freshSandbox(test);
  const { stdout, stderr } = await run(process.execPath, ['--import', tsxLoader, '--import', redirectFetch, file], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DOCUMENTED_ORIGIN: SANDBOX_ORIGIN, TEST_ORIGIN: url },
    timeout: 30_000,
  });
  return { stdout, stderr, log };
}

describe.each(publishedBrands())('%s', (brand) => {
  const bundle = loadBundle(brand);
  const named = declared.get(brand);
  if (!named) throw new Error(`${brand} is not declared.`);
  const catalog = catalogOf(bundle);
  const snippets = publishedSnippets(brand);

  describe.skipIf(skipCurl)(`"Reproduce it" with sh and curl${skipCurl ? ` (skipped: no ${CURL})` : ''}`, () => {
    it.concurrent.for(catalog.map((entry) => [entry.identifier, entry] as const))(
      'reproduces %s as the page shows it',
      async ([identifier, entry], test) => {
        const { expect } = test;
        const reproduction = reproductionOf(named, bundle, identifier);
        const script = snippets.get(entry.docsAnchor)?.reproduce;
        expect(reproduction, `${brand}: ${identifier} has a reproduction`).toBeDefined();
        expect(script, `${brand}: ${identifier}: the page's script`).toBe(
          reproduction && reproductionMarkdown(reproduction).script,
        );
        const { url, log } = await freshSandbox(test);
        const proxy = await startForwardProxy(url);
        test.onTestFinished(() => proxy.close());
        const { stdout, stderr } = await run('sh', ['-c', script ?? 'false'], {
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', http_proxy: proxy.url, CURL_HOME: curlHome },
          timeout: 30_000,
        });
        expect(stderr, `${brand}: ${identifier}`).toBe('');
        const last = log.at(-1);
        expect(last && { status: last.status, identifier: last.identifier }).toEqual({
          status: reproduction?.status,
          identifier,
        });
        expect(log).toHaveLength((reproduction?.before.length ?? 0) + 1);
        // curl prints each body as it comes, without a newline between them: the last one ends the output.
        expect(stdout.trimEnd()).toMatch(new RegExp(`"identifier": ?"${identifier}"[^{}]*\\}$`));
      },
    );
  });

  describe('"Handle it" with Node', () => {
    it.concurrent.for(catalog.map((entry) => [entry.identifier, entry] as const))(
      'provokes %s against the sandbox and handles it, as the page shows it',
      async ([identifier, entry], test) => {
        const { expect } = test;
        const source = snippets.get(entry.docsAnchor)?.handle;
        expect(source, `${brand}: ${identifier}: the page's module`).toBe(
          handleSnippet(named, bundle, entry).trimEnd(),
        );
        const { stdout, stderr, log } = await runModule(test, `${brand}.${identifier}`, source ?? '');
        expect(stderr, `${brand}: ${identifier}`).toBe('');
        expect(stdout).toMatch(new RegExp(`^Handled ${identifier}: `));
        expect(log.at(-1)?.identifier).toBe(identifier);
      },
    );
  });
});

it('provokes an identifier as a partner without credentials: the module drops the header the client sets', async (test) => {
  const bundle = structuredClone(loadBundle('idenfy'));
  const named = declared.get('idenfy');
  const entry = catalogOf(bundle).find((candidate) => candidate.identifier === 'UNAUTHORIZED');
  const reproductions = valueAt(
    bundle,
    '#/components/schemas/ErrorIdentifier/x-error-catalog/UNAUTHORIZED/reproductions',
  );
  if (!named || !entry || !Array.isArray(reproductions))
    throw new Error('idenfy declares UNAUTHORIZED with a reproduction.');
  for (const reproduction of reproductions) reproduction.role = 'none';
  const source = handleSnippet(named, bundle, entry);
  expect(source).toContain("request.headers.delete('Authorization');");
  const { stdout, log } = await runModule(test, 'none.UNAUTHORIZED', source);
  expect(stdout).toMatch(/^Handled UNAUTHORIZED: /);
  expect(log.at(-1)?.identifier).toBe('UNAUTHORIZED');
});
