import { startSandbox } from '@error-contract/sandbox';
import type { CredentialRole } from '@error-contract/spec/local-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envOfCredentials, sandboxCredentials } from '../src/credentials.ts';
import { type CellResult, runVerify, totalsOf } from '../src/index.ts';

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
  it('attempts what needs no extra input, and says what the rest needs, by name and in words', async () => {
    const run = await runVerify({ brands: ['markid'], server: sandbox.brandUrl('markid'), env: envOf(['partner']) });
    const cells = run.results[0]?.cells ?? [];
    for (const cell of byIdentifier(cells, 'INTERNAL_ERROR')) {
      expect(cell).toMatchObject({ status: 'not-attempted', reasons: ['sandbox-only'], notAllowed: ['sandbox-only'] });
      expect(cell.detail).toMatch(/^not reproducible here, needs a server that fails on purpose/);
    }
    expect(byIdentifier(cells, 'PARTNER_CONTRACT_ERROR')[0]?.reasons).toEqual(['credentials:partnerWithoutOption']);
    expect(byIdentifier(cells, 'PARTNER_CONTRACT_ERROR')[0]?.detail).toContain(
      'CONTRACT_VERIFY_WITHOUT_OPTION_API_KEY',
    );
    expect(byIdentifier(cells, 'PERMISSIONS_ERROR')[0]?.detail).toMatch(
      /^not reproducible here, needs credentials of a partner whose token quota is spent \(CONTRACT_VERIFY_QUOTA_SPENT_API_KEY, CONTRACT_VERIFY_QUOTA_SPENT_API_SECRET\); not attempted: a step first runs createToken \(x-effect: create;/,
    );
    expect(byIdentifier(cells, 'BAD_VALUE').every((cell) => cell.status === 'reproduced')).toBe(true);
    expect(run.text).toContain(
      '– markid: createToken × INTERNAL_ERROR (sandbox-only, not allowed): not reproducible here',
    );
  });

  it('fails a run that left cells unattempted, unless the caller allowed each of their reasons by name', async () => {
    const server = sandbox.brandUrl('markid');
    const env = envOf(['partner']);
    const strict = await runVerify({ brands: ['markid'], server, env });
    expect(strict.failed).toBe(true);
    expect(strict.text).toMatch(
      /FAIL: \d+ of 38 declared cells proven; \d+ not attempted for reasons not allowed: supply what they need, or pass --allow-not-attempted sandbox-only,credentials:partnerWithoutOption,credentials:partnerQuotaSpent,effects\.\n$/,
    );

    const partly = await runVerify({ brands: ['markid'], server, env, allowNotAttempted: ['sandbox-only'] });
    expect(partly.failed).toBe(true);

    const allowed = await runVerify({
      brands: ['markid'],
      server,
      env,
      allowNotAttempted: ['sandbox-only,credentials', 'effects'],
    });
    expect(allowed.failed).toBe(false);
    expect(allowed.text).toMatch(/PASS: \d+ of 38 declared cells proven; \d+ not attempted, for reasons allowed/);
  });

  it('fails a run with no credentials at all, which proves only what needs none', async () => {
    const run = await runVerify({ brands: ['markid'], server: sandbox.brandUrl('markid'), env: {} });
    const totals = run.results[0] && totalsOf(run.results[0]);
    expect(totals?.notAttempted).toBeGreaterThan(0);
    expect(totals?.notAttemptedAllowed).toBe(0);
    expect(run.failed).toBe(true);
  });

  it('rejects a reason it does not know', async () => {
    await expect(
      runVerify({ brands: ['markid'], server: sandbox.brandUrl('markid'), allowNotAttempted: ['quota'] }),
    ).rejects.toThrow('Unknown reason quota; the reasons are sandbox-only, effects, credentials, credentials:partner,');
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
