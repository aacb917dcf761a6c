import { startSandbox } from '@error-contract/sandbox';
import type { CredentialRole } from '@error-contract/spec/local-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envOfCredentials, sandboxCredentials } from '../src/credentials.ts';
import { type CellResult, runVerify } from '../src/index.ts';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, brands: ['markid'] });
});
afterAll(() => sandbox.close());

/** The environment a user sets for the sandbox's partners of these roles. */
function envOf(roles: readonly CredentialRole[]): NodeJS.ProcessEnv {
  const credentials = sandboxCredentials(sandbox);
  return envOfCredentials(Object.fromEntries(roles.map((role) => [role, credentials[role]])));
}

function byIdentifier(cells: CellResult[], identifier: string): CellResult[] {
  return cells.filter((cell) => cell.identifier === identifier);
}

describe('against a real server', () => {
  it('attempts what needs no extra input, and says what the rest needs', async () => {
    const run = await runVerify({ brands: ['markid'], server: sandbox.brandUrl('markid'), env: envOf(['partner']) });
    const cells = run.results[0]?.cells ?? [];
    expect(run.failed).toBe(false);
    for (const cell of byIdentifier(cells, 'INTERNAL_ERROR')) {
      expect(cell).toMatchObject({ status: 'not-attempted' });
      expect(cell.detail).toMatch(/^not reproducible here, needs a server that fails on purpose/);
    }
    expect(byIdentifier(cells, 'PARTNER_CONTRACT_ERROR')[0]?.detail).toContain(
      'CONTRACT_VERIFY_WITHOUT_OPTION_API_KEY',
    );
    expect(byIdentifier(cells, 'PERMISSIONS_ERROR')[0]?.detail).toBe(
      'not reproducible here, needs credentials of a partner whose token quota is spent (CONTRACT_VERIFY_QUOTA_SPENT_API_KEY, CONTRACT_VERIFY_QUOTA_SPENT_API_SECRET)',
    );
    expect(byIdentifier(cells, 'BAD_VALUE').every((cell) => cell.status === 'reproduced')).toBe(true);
    expect(run.text).toContain('– markid: createToken × INTERNAL_ERROR: not reproducible here');
  });

  it('runs a step that creates or spends quota only when the user opts in', async () => {
    const env = envOf(['partner', 'partnerWithoutOption', 'partnerQuotaSpent']);
    const careful = await runVerify({ brands: ['markid'], server: sandbox.brandUrl('markid'), env });
    const [quota] = byIdentifier(careful.results[0]?.cells ?? [], 'PERMISSIONS_ERROR');
    expect(quota?.status).toBe('not-attempted');
    expect(quota?.detail).toContain('x-effect: create');
    expect(quota?.detail).toContain('pass --allow-effects');
    expect(byIdentifier(careful.results[0]?.cells ?? [], 'PARTNER_CONTRACT_ERROR')[0]?.status).toBe('reproduced');

    const optedIn = await runVerify({
      brands: ['markid'],
      server: sandbox.brandUrl('markid'),
      env,
      allowEffects: true,
    });
    expect(byIdentifier(optedIn.results[0]?.cells ?? [], 'PERMISSIONS_ERROR')[0]?.status).toBe('reproduced');
  });
});
