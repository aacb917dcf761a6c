import { startSandbox } from '@error-contract/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialEnv, sandboxCredentials } from '../src/credentials.ts';
import { openGate } from '../src/gate.ts';
import { type CellResult, runVerify } from '../src/index.ts';
import { serve } from './support/servers.ts';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, brands: ['markid'] });
});
afterAll(() => sandbox.close());

function envOf(roles: ReadonlyArray<keyof typeof credentialEnv>): NodeJS.ProcessEnv {
  const credentials = sandboxCredentials(sandbox);
  const env: NodeJS.ProcessEnv = {};
  for (const role of roles) {
    const [key, secret] = credentialEnv[role];
    Object.assign(env, { [key]: credentials[role]?.apiKey, [secret]: credentials[role]?.apiSecret });
  }
  return env;
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

describe('the gate', () => {
  it('bounds the request rate', async () => {
    const server = await serve((_request, response) => response.end('{}'));
    const gate = await openGate({ target: server.url, rate: 10, timeoutMs: 5_000 });
    try {
      const started = performance.now();
      await Promise.all(Array.from({ length: 6 }, () => fetch(gate.url).then((reply) => reply.text())));
      // Six requests at ten a second: the last leaves half a second after the first.
      expect(performance.now() - started).toBeGreaterThanOrEqual(490);
    } finally {
      await gate.close();
      await server.close();
    }
  });

  it('gives up on a server that does not answer', async () => {
    const server = await serve(() => {});
    const gate = await openGate({ target: server.url, rate: 100, timeoutMs: 200 });
    try {
      const reply = await fetch(gate.url, { headers: { 'x-contract-verify-step': 'createToken.BAD_VALUE/reproduce' } });
      expect(reply.status).toBe(504);
      expect(gate.exchanges).toEqual([
        { step: 'createToken.BAD_VALUE/reproduce', method: 'GET', path: '/', error: 'no reply within 200 ms' },
      ]);
    } finally {
      await gate.close();
      await server.close();
    }
  });
});
