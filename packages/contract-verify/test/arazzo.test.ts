import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { roles } from '@error-contract/spec/local-sandbox';
import { matrixOf } from '@error-contract/spec/reproductions';
import { bundlePath, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { arazzoDocument } from '../src/arazzo.ts';
import { sandboxCredentials } from '../src/credentials.ts';
import { planRun } from '../src/plan.ts';
import { lintArazzo } from '../src/respect.ts';

const dir = mkdtempSync(join(tmpdir(), 'contract-verify-arazzo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, 'redocly.yaml');
writeFileSync(config, 'extends:\n  - recommended-strict\n');

/** The sandbox's seeded partners of the roles the default config seeds. */
const seeded = Object.fromEntries(
  (['partner', 'partnerWithoutOption', 'partnerQuotaSpent'] as const).map((role) => [role, roles[role].seeded]),
);

// biome-ignore lint/suspicious/noExplicitAny: the test breaks the document anywhere on purpose.
function documentFor(brand: string): Record<string, any> {
  const bundle = loadBundle(brand);
  const plan = planRun(matrixOf(bundle).cells, {
    sandbox: true,
    credentials: sandboxCredentials({
      credentials: {
        partner: roles.partner.seeded,
        partnerWithoutOption: roles.partnerWithoutOption.seeded,
        partnerQuotaSpent: roles.partnerQuotaSpent.seeded,
      },
    }),
    allowEffects: true,
  });
  return arazzoDocument({
    brand,
    version: bundle.info.version,
    bundleRef: relative(dir, bundlePath(brand, 'json')),
    gateUrl: 'http://127.0.0.1:9',
    cells: plan.attempted.filter((planned) => planned.engine === 'respect'),
  });
}

async function lint(name: string, document: unknown) {
  const file = join(dir, `${name}.arazzo.yaml`);
  writeFileSync(file, stringify(document, { aliasDuplicateObjects: false, version: '1.1' }));
  return lintArazzo([file], config);
}

describe('the Arazzo documents', () => {
  it.each(publishedBrands())('of %s pass redocly lint with the Arazzo rules', async (brand) => {
    const run = await lint(brand, documentFor(brand));
    expect(run.output).not.toMatch(/\d+ (errors?|warnings?)\b/);
    expect(run.ok).toBe(true);
  });

  it('are rejected by redocly lint when broken', async () => {
    const document = documentFor('markid');
    document.workflows[1].workflowId = document.workflows[0].workflowId;
    const run = await lint('broken', document);
    expect(run.ok).toBe(false);
    expect(run.output).toContain('workflowId-unique');
  });

  it('hold no secret: credentials are read from the environment by name', () => {
    const text = JSON.stringify(documentFor('markid'));
    for (const credential of Object.values(sandboxCredentials({ credentials: seeded })))
      expect(text).not.toContain(credential.apiSecret);
    expect(text).toContain('$inputs.env.CONTRACT_VERIFY_RESPECT_PARTNER_SECRET');
  });
});
