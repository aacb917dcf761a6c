/**
 * Every "Reproduce it" script of the built handbooks, run as published with bash and /usr/bin/curl against a fresh
 * sandbox on a free loopback port, with no variable set, gets the entry's identifier with the declared status. Only
 * the origin changes (the sandbox's port for the documented one).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Sandbox, startSandbox } from '@error-contract/sandbox';
import { catalogOf } from '@error-contract/spec/catalog';
import { declaredBrands, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterEach, describe, expect, it } from 'vitest';
import { reproductionMarkdown, reproductionOf, SANDBOX_ORIGIN, sandboxBrandUrl } from '../src/reproduce.ts';
import { handbookRoute, markdownTwinRoute, siteDir } from '../src/site-layout.ts';

const CURL = '/usr/bin/curl';
const skipCurl = !existsSync(CURL) && process.env.CI !== 'true';
const declared = new Map(declaredBrands().map((brand) => [brand.id, brand]));

/** The shell script of an entry's "Reproduce it" section, as the built Markdown twin publishes it. */
function publishedScript(brand: string, anchor: string): string | undefined {
  const markdown = readFileSync(join(siteDir, markdownTwinRoute(handbookRoute(brand))), 'utf8');
  const entry = markdown.split(/\n(?=## )/).find((section) => section.includes(`{#${anchor}}`)) ?? '';
  return /### Reproduce it\n\n[^\n]*\n\n```sh\n([\s\S]*?)\n```/.exec(entry)?.[1];
}

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe.skipIf(skipCurl)(
  `the handbooks' curl commands against the sandbox${skipCurl ? ` (skipped: no ${CURL})` : ''}`,
  () => {
    describe.each(publishedBrands())('%s', (brand) => {
      const bundle = loadBundle(brand);
      const named = declared.get(brand);
      if (!named) throw new Error(`${brand} is not declared.`);

      it.each(catalogOf(bundle).map((entry) => [entry.identifier, entry] as const))(
        'reproduces %s as the handbook shows it',
        async (identifier, entry) => {
          const reproduction = reproductionOf(named, bundle, identifier);
          expect(reproduction, `${brand}: ${identifier} has a reproduction`).toBeDefined();
          if (!reproduction) return;
          const script = publishedScript(brand, entry.docsAnchor);
          expect(script, `${brand}: ${identifier}: the handbook's script`).toBe(
            reproductionMarkdown(reproduction).script,
          );

          sandbox = await startSandbox({ port: 0 });
          expect(sandboxBrandUrl(brand).replace(SANDBOX_ORIGIN, sandbox.url)).toBe(sandbox.brandUrl(brand));
          // curl's output options only: the requests are the commands' bytes as published.
          const wrapper = `curl() { ${CURL} --silent --show-error --write-out '\\n%{http_code}\\n' "$@"; }\n`;
          // Asynchronously: the sandbox answers from this process's event loop.
          const run = await promisify(execFile)(
            'bash',
            ['--noprofile', '--norc', '-c', wrapper + (script ?? '').replaceAll(SANDBOX_ORIGIN, sandbox.url)],
            { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, timeout: 30_000 },
          );
          expect(run.stderr, `${brand}: ${identifier}`).toBe('');
          const lines = run.stdout.trimEnd().split('\n');
          const status = Number(lines.at(-1));
          const body = JSON.parse(lines.at(-2) ?? 'null');
          expect({ status, identifier: body?.identifier }).toEqual({ status: reproduction.status, identifier });
        },
      );
    });
  },
);
