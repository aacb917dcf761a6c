import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type BrandBundle,
  declaredIdentifiersOf,
  errorResponseOf,
  operationsOf,
  resolveRef,
  responseSchemaPointer,
} from '../src/bundle.ts';
import { catalogOf } from '../src/catalog.ts';
import { errorDocsUrl } from '../src/site-routes.ts';
import { createBundleValidator } from '../src/validator.ts';
import { loadBundle, publishedBrands, specDir } from '../src/workspace.ts';

const brands = publishedBrands();

interface ExampleAtSchema {
  where: string;
  schemaPointer: string;
  value: unknown;
}

/** Every example in the bundle with the schema it illustrates: schema `examples`, and media type `examples`. */
function examplesOf(bundle: BrandBundle): ExampleAtSchema[] {
  const found: ExampleAtSchema[] = [];
  for (const [name, schema] of Object.entries(bundle.components.schemas)) {
    for (const [index, value] of ((schema as { examples?: unknown[] }).examples ?? []).entries()) {
      found.push({ where: `schema ${name} example ${index}`, schemaPointer: `#/components/schemas/${name}`, value });
    }
  }
  for (const operation of operationsOf(bundle)) {
    for (const [status, response] of Object.entries(operation.responses)) {
      const { content } = resolveRef(
        bundle,
        response as { content?: Record<string, { examples?: Record<string, { $ref: string }> }> },
      );
      for (const [mediaType, media] of Object.entries(content ?? {})) {
        for (const [name, example] of Object.entries(media.examples ?? {})) {
          const exampleName = example.$ref.split('/').pop() ?? '';
          found.push({
            where: `${operation.operationId} ${status} (${mediaType}) example ${name}`,
            schemaPointer: responseSchemaPointer(operation, status, mediaType),
            value: bundle.components.examples?.[exampleName]?.value,
          });
        }
      }
    }
  }
  return found;
}

describe.each(brands)('the %s bundle', (brand) => {
  const bundle = loadBundle(brand);
  const catalog = catalogOf(bundle);
  /** What the catalog says an operation can return, in catalog order. */
  const returnableBy = (operationId: string) =>
    catalog
      .filter((entry) => !entry.operations || entry.operations.includes(operationId))
      .map((entry) => entry.identifier);

  it('is a valid OpenAPI 3.1 document for an independent structural validator', async () => {
    const result = await new Validator().validate(
      structuredClone(bundle) as unknown as Parameters<Validator['validate']>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(bundle.openapi).toMatch(/^3\.1\./);
  });

  it('has examples that are all valid against their schemas (JSON Schema 2020-12)', () => {
    const validator = createBundleValidator(bundle);
    const examples = examplesOf(bundle);
    expect(examples.length).toBeGreaterThan(catalog.length);
    const invalid = examples
      .map((example) => ({ ...example, verdict: validator.validate(example.schemaPointer, example.value) }))
      .filter(({ verdict }) => !verdict.valid)
      .map(({ where, verdict }) => `${where}: ${JSON.stringify(verdict.errors)}`);
    expect(invalid).toEqual([]);
  });

  it("serves only the brand's server", () => {
    expect(bundle.servers.map((server) => server['x-brand'])).toEqual([brand]);
  });

  it('derives the identifier enum, enum descriptions and examples from the catalog', () => {
    const identifierSchema = bundle.components.schemas.ErrorIdentifier as Record<string, unknown>;
    const identifiers = catalog.map((entry) => entry.identifier);
    expect(identifierSchema.enum).toEqual(identifiers);
    const entryLink = (entry: (typeof catalog)[number]) =>
      `[How to handle ${entry.identifier}](${errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor)})`;
    expect(identifierSchema['x-enumDescriptions']).toEqual(
      Object.fromEntries(catalog.map((entry) => [entry.identifier, `${entry.explanation} ${entryLink(entry)}`])),
    );
    for (const entry of catalog) {
      expect(bundle.components.examples?.[entry.identifier]?.value).toEqual({
        identifier: entry.identifier,
        ...entry.example,
      });
      expect(bundle.components.examples?.[entry.identifier]?.description).toBe(
        `${entry.explanation} ${entryLink(entry)}`,
      );
    }
  });

  it('gives every operation the standard 400 with one named example per identifier it can return', () => {
    for (const operation of operationsOf(bundle)) {
      const media = errorResponseOf(bundle, operation).content?.['application/json'];
      expect(media?.schema).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
      expect(Object.keys(media?.examples ?? {}), operation.operationId).toEqual(returnableBy(operation.operationId));
      expect(declaredIdentifiersOf(bundle, operation), operation.operationId).toEqual(
        returnableBy(operation.operationId),
      );
    }
  });

  it('shares one 400 response component among the operations that can return the same identifiers', () => {
    const operations = operationsOf(bundle);
    const setOf = (operationId: string) => returnableBy(operationId).join(' ');
    const distinctSets = new Set(operations.map((operation) => setOf(operation.operationId)));
    const refs = operations.map((operation) => (operation.responses['400'] as { $ref?: string }).$ref);
    expect(refs.every((ref) => ref?.startsWith('#/components/responses/'))).toBe(true);
    expect(Object.keys(bundle.components.responses ?? {}).sort()).toEqual(
      [...new Set(refs.map((ref) => ref?.split('/').pop()))].sort(),
    );
    const setsByRef = new Map<string, typeof operations>();
    for (const operation of operations) {
      const { $ref: ref } = operation.responses['400'] as { $ref: string };
      setsByRef.set(ref, [...(setsByRef.get(ref) ?? []), operation]);
    }
    expect(setsByRef.size).toBe(distinctSets.size);
    for (const [ref, sharing] of setsByRef) {
      expect(new Set(sharing.map((operation) => setOf(operation.operationId))).size, ref).toBe(1);
    }
    // The identifiers every operation can return are the plain StandardError; a set with more is named by the rest.
    const common = catalog
      .filter((entry) =>
        operations.every((operation) => returnableBy(operation.operationId).includes(entry.identifier)),
      )
      .map((entry) => entry.identifier);
    for (const operation of operations) {
      const extra = returnableBy(operation.operationId).filter((identifier) => !common.includes(identifier));
      expect((operation.responses['400'] as { $ref: string }).$ref).toBe(
        `#/components/responses/${['StandardError', ...extra].join('.')}`,
      );
    }
  });

  it('marks every operation as a read or as creating, consuming or deleting something', () => {
    const effects = operationsOf(bundle).map((operation) => operation['x-effect']);
    expect(effects.filter((effect) => !['read', 'create', 'consume', 'delete'].includes(effect))).toEqual([]);
    expect(effects).toContain('read');
  });

  it('gives every operation a curl and a TypeScript code sample', () => {
    for (const operation of operationsOf(bundle)) {
      const samples = (operation as { 'x-codeSamples'?: Array<{ lang: string; source: string }> })['x-codeSamples'];
      expect(
        samples?.map((sample) => sample.lang),
        operation.operationId,
      ).toEqual(['Shell', 'TypeScript']);
      expect(samples?.[1]?.source).toContain(`client.${operation.operationId}(`);
    }
  });

  it('takes a request country code in either case, from the one list of codes, and returns codes in upper case', () => {
    const source = parse(readFileSync(join(specDir, 'components/schemas/CountryCode.yaml'), 'utf8'));
    const codes = source.enum as string[];
    const anyCase = bundle.components.schemas.CountryCodeAnyCase as Record<string, unknown>;
    expect(codes).toContain('LT');
    expect(codes).not.toContain('lt');
    expect(bundle.components.schemas.CountryCode).toMatchObject({ enum: codes });
    expect(anyCase.enum).toEqual([...codes, ...codes.map((code) => code.toLowerCase())]);
    expect(anyCase).not.toHaveProperty('x-also-lower-case-of');
    const validator = createBundleValidator(bundle);
    const country = (value: string) => validator.validate('#/components/schemas/CountryCodeAnyCase', value).valid;
    expect([country('LT'), country('lt'), country('Lt'), country('XX'), country('xx')]).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('does not forbid fields the real API adds to an error body', () => {
    const validator = createBundleValidator(bundle);
    const realDeleteFailure = {
      identifier: catalog[0]?.identifier,
      message: 'Token has not expired yet.',
      documentation: 'https://documentation.example/errors',
      severity: 'NOT_SEVERE',
    };
    expect(validator.validate('#/components/schemas/ErrorResponse', realDeleteFailure).valid).toBe(true);
    expect(
      validator.validate('#/components/schemas/ErrorResponse', { identifier: 'NOT_AN_IDENTIFIER', message: 'x' }).valid,
    ).toBe(false);
  });
});

it('keeps brand-only identifiers and brand overrides to their brand', () => {
  const [idenfy, markid] = [loadBundle('idenfy'), loadBundle('markid')];
  expect(catalogOf(idenfy).map((entry) => entry.identifier)).not.toContain('PERMISSIONS_ERROR');
  expect(catalogOf(markid).map((entry) => entry.identifier)).toContain('PERMISSIONS_ERROR');
  const source = parse(readFileSync(join(specDir, 'components/schemas/Image.yaml'), 'utf8'));
  const imageLimit = (bundle: BrandBundle) => (bundle.components.schemas.Image as { maxLength: number }).maxLength;
  expect(imageLimit(idenfy)).toBe(source.maxLength);
  expect(imageLimit(markid)).toBe(source['x-brand-overrides'].markid.maxLength);
  expect(imageLimit(markid)).not.toBe(imageLimit(idenfy));
  expect(JSON.stringify(idenfy)).not.toContain('x-brand-overrides');
});
