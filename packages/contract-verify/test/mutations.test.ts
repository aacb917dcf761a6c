import { startSandbox } from '@error-contract/sandbox';
import { describe, expect, it } from 'vitest';
import { envOfCredentials, sandboxCredentials } from '../src/credentials.ts';
import { runVerify } from '../src/verify.ts';
import { rewritingProxy } from './support/servers.ts';

describe('a run fails, naming the cell', () => {
  it('when a server returns a wrong identifier for one cell', async () => {
    const sandbox = await startSandbox({ port: 0, brands: ['markid'] });
    const proxy = await rewritingProxy(sandbox.brandUrl('markid'), (path, body) => {
      if (path === '/api/v2/status' && body.identifier === 'BAD_VALUE') body.identifier = 'MISSING_VALUE';
    });
    try {
      const run = await runVerify({
        brands: ['markid'],
        server: proxy.url,
        env: envOfCredentials(sandboxCredentials(sandbox)),
        allowEffects: true,
      });
      expect(run.failed).toBe(true);
      const failed = run.results[0]?.cells.filter((cell) => cell.status === 'failed');
      expect(failed?.map((cell) => `${cell.operationId} × ${cell.identifier}`)).toEqual([
        'getVerificationStatus × BAD_VALUE',
      ]);
      expect(run.text).toContain('✗ markid: getVerificationStatus × BAD_VALUE:');
      expect(run.text).toContain('"identifier":"MISSING_VALUE"');
    } finally {
      await proxy.close();
      await sandbox.close();
    }
  });

  it('when the sandbox has one trigger switched off', async () => {
    const run = await runVerify({ sandbox: { faultSwitch: false } });
    expect(run.failed).toBe(true);
    for (const result of run.results) {
      const failed = result.cells.filter((cell) => cell.status === 'failed');
      expect(failed.length).toBeGreaterThan(0);
      expect(failed.every((cell) => cell.identifier === 'INTERNAL_ERROR')).toBe(true);
      expect(run.text).toContain(`✗ ${result.brand}: createToken × INTERNAL_ERROR:`);
    }
  });
});
