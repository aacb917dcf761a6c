import { join } from 'node:path';
import { publishedBrands } from '@error-contract/spec/brands';
import { loadBundle, operationsOf } from '@error-contract/spec/catalog';
import { describe, expect, it } from 'vitest';
import { checkCodeSamples, typescriptSamplesOf } from '../src/check-code-samples.ts';
import { appDir } from '../src/site-layout.ts';

describe.each(publishedBrands())('the %s code samples', (brand) => {
  const bundle = loadBundle(brand);
  const samples = typescriptSamplesOf(bundle);
  const sampleDir = join(appDir, 'test-results', 'code-samples', brand);

  it('exist in curl and TypeScript for every operation', () => {
    for (const operation of operationsOf(bundle)) {
      const langs = ((operation as { 'x-codeSamples'?: Array<{ lang: string }> })['x-codeSamples'] ?? []).map(
        (sample) => sample.lang,
      );
      expect(langs, operation.operationId).toEqual(['Shell', 'TypeScript']);
    }
    expect([...samples.keys()]).toEqual(operationsOf(bundle).map((operation) => operation.operationId));
  });

  it('type-check against the generated client', () => {
    const check = checkCodeSamples(samples, sampleDir);
    expect(check.output).toBe('');
    expect(check.ok).toBe(true);
  });

  it('fail the type check when a sample sends a field the request does not have', () => {
    const [operationId, source] = [...samples][0] ?? ['', ''];
    const broken = new Map([[operationId, source.replace(/\(\{\n/, '({\n  notARequestField: true,\n')]]);
    const check = checkCodeSamples(broken, `${sampleDir}-broken`);
    expect(check.ok).toBe(false);
    expect(check.output).toContain(`${operationId}.ts`);
    expect(check.output).toContain('notARequestField');
  });
});
