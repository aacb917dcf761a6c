/**
 * The real API adds members to its error bodies (`documentation`, `severity`; see a documented /api/v2/delete
 * failure), which the spec allows. A server that does so must pass every cell, as the sandbox does.
 */
import { startSandbox } from '@error-contract/sandbox';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxCredentials } from '../src/credentials.ts';
import { matrixFor } from '../src/plan.ts';
import { totalsOf } from '../src/reports.ts';
import { verifyBrand } from '../src/verify.ts';
import { arazzoFolder } from './support/redocly.ts';
import { rewritingProxy, type TestServer } from './support/servers.ts';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;
let proxy: TestServer;
const rewritten: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, host: '127.0.0.1' });
  proxy = await rewritingProxy(sandbox.url, (path, body) => {
    if (typeof body.identifier !== 'string') return;
    Object.assign(body, { documentation: `https://docs.example/errors#${body.identifier}`, severity: 'NOT_SEVERE' });
    rewritten.push(path);
  });
});
const folder = arazzoFolder();
afterAll(async () => {
  folder.remove();
  await proxy.close();
  await sandbox.close();
});

describe('a server whose error bodies carry extra members', () => {
  it.each(publishedBrands())('passes every declared cell of %s', async (brand) => {
    const bundle = loadBundle(brand);
    const target = {
      brand,
      server: `${proxy.url}/${brand}`,
      // The proxy forwards the sandbox's fault switch and state, so every declared cell must pass.
      sandbox: true,
      credentials: sandboxCredentials(sandbox),
    };
    const before = rewritten.length;
    const result = await verifyBrand(target, bundle, matrixFor(bundle), {
      allowEffects: true,
      allowNotAttempted: new Set(),
      rate: 200,
      timeoutMs: 10_000,
    });
    const totals = totalsOf(result);
    expect(result.cells.filter((cell) => cell.status === 'failed')).toEqual([]);
    expect(totals.reproduced).toBe(totals.declared);
    expect(totals.declared).toBeGreaterThan(0);
    // Every declared cell ends in an error body, and each of them was given the extra members.
    expect(rewritten.length - before).toBeGreaterThanOrEqual(totals.declared);
  });

  it('passes the Arazzo export under respect once respect only warns on its schema check, as the export says', async () => {
    const document = folder.documentOf('markid');
    expect(document.info.description).toContain('--severity SCHEMA_CHECK=warn');
    const root = `${proxy.url}/markid`;
    const strict = await folder.respect('strict', document, root, sandboxCredentials(sandbox), [
      '--workflow',
      'createToken-BAD_VALUE',
    ]);
    expect(strict.failed).toEqual(['createToken-BAD_VALUE']);
    const warned = await folder.respect('warned', document, root, sandboxCredentials(sandbox), [
      '--severity',
      'SCHEMA_CHECK=warn',
    ]);
    expect(warned.failed).toEqual([]);
    expect(warned.executed).toHaveLength(document.workflows.length);
  });
});
