/**
 * The API team adds an identifier the real API introduced later, TOO_MANY_REQUESTS, to Mark ID: the run fails until
 * the identifier has a reproduction. With one, its cells wait for a partner whose hourly limit can be spent, which
 * the sandbox seeds only with the rate limit that comes with the identifier (the scenario test's patch).
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { Reproduction } from '@error-contract/spec/catalog';
import { loadBundle } from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';
import { runVerify } from '../src/verify.ts';

const IDENTIFIER = 'TOO_MANY_REQUESTS';

function markidWithNewIdentifier(reproductions: Reproduction[] = []): BrandBundle {
  const bundle = loadBundle('markid');
  const schema = bundle.components.schemas.ErrorIdentifier as { enum: string[]; 'x-error-catalog': object };
  schema.enum = [...schema.enum, IDENTIFIER];
  schema['x-error-catalog'] = {
    ...schema['x-error-catalog'],
    [IDENTIFIER]: {
      explanation: 'Too many requests were sent in a given amount of time.',
      retryable: true,
      docsAnchor: IDENTIFIER,
      example: { message: 'Rate limit exceeded.' },
      reproductions,
    },
  };
  return bundle;
}

const reproduction: Reproduction[] = [
  {
    summary: "A request past the partner's hourly request limit.",
    role: 'partnerRateLimited',
    before: [1, 2].map((count) => ({
      summary: `Request ${count} of the 2 an hour the sandbox seeds this partner with.`,
      operation: 'getVerificationStatus',
      role: 'partnerRateLimited' as const,
    })),
  },
];

function tooManyRequestsCells(run: Awaited<ReturnType<typeof runVerify>>) {
  return run.results[0]?.cells.filter((cell) => cell.identifier === IDENTIFIER) ?? [];
}

describe(`a new identifier, ${IDENTIFIER}`, () => {
  it('fails the run, cell by cell, while it has no reproduction', async () => {
    const bundles = { markid: markidWithNewIdentifier() };
    const run = await runVerify({ brands: ['markid'], bundles, sandbox: { bundles } });
    expect(run.failed).toBe(true);
    const cells = tooManyRequestsCells(run);
    expect(cells).toHaveLength(5);
    for (const cell of cells) {
      expect(cell).toMatchObject({
        status: 'failed',
        detail: `no reproduction declared: add one to spec/reproductions/${IDENTIFIER}.yaml`,
      });
    }
  });

  it('fails against a sandbox that seeds no partner its reproduction needs, saying which', async () => {
    const bundles = { markid: markidWithNewIdentifier(reproduction) };
    const run = await runVerify({ brands: ['markid'], bundles, sandbox: { bundles } });
    const cells = tooManyRequestsCells(run);
    expect(cells).toHaveLength(5);
    for (const cell of cells) {
      expect(cell).toMatchObject({
        status: 'failed',
        detail:
          'the sandbox cannot attempt it: not reproducible here, needs credentials of a partner whose hourly request limit is spent (CONTRACT_VERIFY_RATE_LIMITED_API_KEY, CONTRACT_VERIFY_RATE_LIMITED_API_SECRET)',
      });
    }
    expect(run.text).toContain('38/43 declared cells proven, 5 failed, 0 not attempted');
    expect(run.failed).toBe(true);
  });
});
