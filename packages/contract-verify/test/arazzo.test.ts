import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@error-contract/sandbox';
import { roles } from '@error-contract/spec/local-sandbox';
import { publishedBrands } from '@error-contract/spec/workspace';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { type ArazzoDocument, arazzoExport } from '../src/arazzo.ts';
import { sandboxCredentials } from '../src/credentials.ts';
import { arazzoFolder } from './support/redocly.ts';

/** The export as respect reads it: js-yaml, the reader in Redocly's core. */
const parse = (text: string) => load(text) as ArazzoDocument;

const folder = arazzoFolder();
afterAll(() => folder.remove());

describe('the Arazzo export', () => {
  it.each(publishedBrands())('of %s passes redocly lint with the Arazzo rules', async (brand) => {
    const run = await folder.lint(folder.write(brand, folder.documentOf(brand)));
    expect(run.output).not.toMatch(/\d+ (errors?|warnings?)\b/);
    expect(run.ok).toBe(true);
  });

  it('is rejected by redocly lint when broken', async () => {
    const document = folder.documentOf('markid');
    document.workflows[1].workflowId = document.workflows[0].workflowId;
    const run = await folder.lint(folder.write('broken', document));
    expect(run.ok).toBe(false);
    expect(run.output).toContain('workflowId-unique');
  });

  it.each(publishedBrands())('of %s is reproduced by redocly respect against the sandbox', async (brand) => {
    const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', brands: [brand] });
    try {
      const document = folder.documentOf(brand);
      const run = await folder.respect(brand, document, sandbox.brandUrl(brand), sandboxCredentials(sandbox));
      expect(run.failed).toEqual([]);
      expect(run.executed).toEqual(document.workflows.map((workflow: { workflowId: string }) => workflow.workflowId));
      expect(run.ok).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  it.each([
    ['idenfy', { given: 37, want: { expressed: 24, leftOut: ['ENCODING_ERROR', 'JSON_ERROR', 'MISSING_VALUE'] } }],
    ['markid', { given: 38, want: { expressed: 25, leftOut: ['ENCODING_ERROR', 'JSON_ERROR', 'MISSING_VALUE'] } }],
  ])(
    'of %s leaves out only the cells with exact body bytes or an empty JSON object, and lists them',
    (brand, { given, want }) => {
      const document = folder.documentOf(brand);
      const leftOut: Array<{ workflowId: string; reason: string }> = document['x-left-out'];
      expect(document.workflows).toHaveLength(want.expressed);
      expect(document.workflows.length + leftOut.length).toBe(given);
      expect(new Set(leftOut.map(({ workflowId }) => workflowId.split('-')[1]))).toEqual(new Set(want.leftOut));
      expect(leftOut.find(({ workflowId }) => workflowId === 'getVerificationStatus-MISSING_VALUE')?.reason).toBe(
        'its body is an empty JSON object, for which respect sends no body',
      );
    },
  );

  it('holds no secret: credentials come from the environment variables the CLI reads', () => {
    const text = JSON.stringify(folder.documentOf('markid'));
    for (const role of ['partner', 'partnerWithoutOption', 'partnerQuotaSpent', 'partnerRateLimited'] as const) {
      expect(text).not.toContain(roles[role].seeded.apiSecret);
    }
    expect(text).toContain('"password":"$inputs.env.CONTRACT_VERIFY_API_SECRET"');
    expect(text).toContain('"username":"$inputs.env.CONTRACT_VERIFY_QUOTA_SPENT_API_KEY"');
  });

  it('is written by the built package without loading the client, whose build the docs build does not wait for', () => {
    const refuseClient = `export async function resolve(specifier, context, next) {
      if (specifier.startsWith('@error-contract/client')) throw new Error('loaded ' + specifier);
      return next(specifier, context);
    }`;
    const register = `import { register } from 'node:module';
      register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(refuseClient)}`)});`;
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        `data:text/javascript,${encodeURIComponent(register)}`,
        '--input-type=module',
        '--eval',
        "const { arazzoExport } = await import('@error-contract/contract-verify'); process.stdout.write(arazzoExport('idenfy'));",
      ],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(parse(run.stdout).arazzo).toBe('1.0.1');
  });

  it.each(publishedBrands())("of %s names its workflows' inputs once, in its components", (brand) => {
    const document = folder.documentOf(brand);
    const [name, inputs] = Object.entries(document.components.inputs)[0] ?? [];
    expect(Object.keys(document.components.inputs)).toEqual([name]);
    expect(Object.keys((inputs as { properties: object }).properties)).toEqual(['server', 'env']);
    for (const workflow of document.workflows) expect(workflow.inputs).toEqual({ $ref: `#/components/inputs/${name}` });
  });

  it('is exported as YAML that points at the brand bundle beside it', () => {
    const document = parse(arazzoExport('idenfy'));
    expect(document.arazzo).toBe('1.0.1');
    expect(document.sourceDescriptions).toEqual([{ name: 'api', url: 'openapi.json', type: 'openapi' }]);
  });
});
