/**
 * Each kit's example program against the running sandbox: one real reply per identifier per brand, which the kit
 * must classify as that standard API error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Sandbox, startSandbox } from '@error-contract/sandbox';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type SandboxReproduction, sandboxReproductionsFor } from './support/sandbox-reproductions.ts';
import { kitsDir, needs, probe, runAsync } from './support/toolchains.ts';

const scratch = mkdtempSync(join(tmpdir(), 'kits-sandbox-'));
const reproductionsPath = join(scratch, 'reproductions.json');
let sandbox: Sandbox;
const reproductions: SandboxReproduction[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: '127.0.0.1' });
  for (const brand of publishedBrands())
    reproductions.push(...(await sandboxReproductionsFor(brand, loadBundle(brand))));
  writeFileSync(reproductionsPath, JSON.stringify(reproductions));
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Example {
  language: string;
  /** Why it cannot run here, if it cannot. */
  missing: () => string | undefined;
  command: () => [string, string[], string];
}

const venv = inject('pythonVenv');
const examples: Example[] = [
  {
    language: 'python',
    missing: () => venv.missing,
    command: () => [venv.python as string, ['examples/sandbox_replies.py'], join(kitsDir, 'python')],
  },
  {
    language: 'go',
    missing: () => probe('go', ['version']).missing,
    command: () => ['go', ['run', './examples/sandbox'], join(kitsDir, 'go')],
  },
  {
    language: 'php',
    missing: () =>
      probe('php', ['-r', "exit(stream_resolve_include_path('GuzzleHttp/Psr7/autoload.php') === false ? 1 : 0);"])
        .missing && 'php with php-guzzlehttp-psr7 (Debian)',
    command: () => ['php', ['examples/sandbox_replies.php'], join(kitsDir, 'php')],
  },
];

describe.each(examples)('$language example', (example) => {
  it('classifies one real sandbox reply per identifier per brand as that standard API error', async (context) => {
    needs(context, example.missing());
    const [command, args, cwd] = example.command();
    const result = await runAsync(command, [...args, sandbox.url, reproductionsPath], {
      cwd,
      env: { ...process.env, GOTOOLCHAIN: 'local', GOPROXY: 'off' },
    });
    expect(result.stderr).toBe('');
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const got = lines.map(({ brand, reproduces, kind, identifier }) => `${brand} ${reproduces}: ${kind} ${identifier}`);
    const want = reproductions.map(({ brand, identifier }) => `${brand} ${identifier}: api-error ${identifier}`);
    expect(got).toEqual(want);
    for (const line of lines) expect(String(line.docsUrl)).toMatch(new RegExp(`#${String(line.reproduces)}$`));
    for (const { apiSecret } of reproductions) expect(result.stdout).not.toContain(apiSecret);
    console.log(`${example.language}: ${lines.length} sandbox replies classified as their identifier`);
  });
});
