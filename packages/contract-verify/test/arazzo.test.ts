import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startSandbox } from '@error-contract/sandbox';
import { publishedBrands } from '@error-contract/spec/brands';
import { loadBundle } from '@error-contract/spec/bundle';
import { bundlePath } from '@error-contract/spec/locations';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { arazzoDocument, arazzoExport, arazzoYaml } from '../src/arazzo.ts';
import { envOfCredentials, sandboxCredentials } from '../src/credentials.ts';
import { matrixFor } from '../src/plan.ts';
import { redocly } from './support/redocly.ts';

const dir = mkdtempSync(join(tmpdir(), 'contract-verify-arazzo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = join(dir, 'redocly.yaml');
writeFileSync(config, 'extends:\n  - recommended-strict\n');

// biome-ignore lint/suspicious/noExplicitAny: the tests read and break the document anywhere.
function documentFor(brand: string): Record<string, any> {
  const bundle = loadBundle(brand);
  return arazzoDocument(bundle, matrixFor(bundle), relative(dir, bundlePath(brand, 'json')));
}

function write(name: string, document: Record<string, unknown>): string {
  const file = join(dir, `${name}.arazzo.yaml`);
  writeFileSync(file, arazzoYaml(document));
  return file;
}

interface RespectLog {
  files: Record<
    string,
    { executedWorkflows: Array<{ workflowId: string; executedSteps: Array<{ checks: Array<{ passed: boolean }> }> }> }
  >;
}

describe('the Arazzo export', () => {
  it.each(publishedBrands())('of %s passes redocly lint with the Arazzo rules', async (brand) => {
    const run = await redocly(['lint', write(brand, documentFor(brand)), '--config', config, '--format', 'stylish']);
    expect(run.output).not.toMatch(/\d+ (errors?|warnings?)\b/);
    expect(run.ok).toBe(true);
  });

  it('is rejected by redocly lint when broken', async () => {
    const document = documentFor('markid');
    document.workflows[1].workflowId = document.workflows[0].workflowId;
    const run = await redocly(['lint', write('broken', document), '--config', config, '--format', 'stylish']);
    expect(run.ok).toBe(false);
    expect(run.output).toContain('workflowId-unique');
  });

  it.each(publishedBrands())('of %s is reproduced by redocly respect against the sandbox', async (brand) => {
    const sandbox = await startSandbox({ port: 0, host: '127.0.0.1', brands: [brand] });
    try {
      const document = documentFor(brand);
      const log = join(dir, `${brand}.respect.json`);
      const root = sandbox.brandUrl(brand);
      const args = ['respect', write(brand, document), '--server', `api=${root}`, '--input', `server=${root}`];
      const run = await redocly([...args, '--json-output', log], envOfCredentials(sandboxCredentials()));
      const executed = Object.values((JSON.parse(readFileSync(log, 'utf8')) as RespectLog).files).flatMap(
        (file) => file.executedWorkflows,
      );
      const failed = executed
        .filter((workflow) => workflow.executedSteps.some((step) => step.checks.some((check) => !check.passed)))
        .map((workflow) => workflow.workflowId);
      expect(failed).toEqual([]);
      expect(executed.map((workflow) => workflow.workflowId)).toEqual(
        document.workflows.map((workflow: { workflowId: string }) => workflow.workflowId),
      );
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
      const document = documentFor(brand);
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
    const text = JSON.stringify(documentFor('markid'));
    for (const credential of Object.values(sandboxCredentials())) expect(text).not.toContain(credential.apiSecret);
    expect(text).toContain('"password":"$inputs.env.CONTRACT_VERIFY_API_SECRET"');
    expect(text).toContain('"username":"$inputs.env.CONTRACT_VERIFY_QUOTA_SPENT_API_KEY"');
  });

  it('is exported as YAML that points at the brand bundle beside it', () => {
    const document = parse(arazzoExport('idenfy'));
    expect(document.arazzo).toBe('1.0.1');
    expect(document.sourceDescriptions).toEqual([{ name: 'api', url: 'openapi.json', type: 'openapi' }]);
  });
});
