/** The spec itself: a brand bundle is a valid OpenAPI 3.1 document for an independent validator (@seriousme). */
import { Validator } from '@seriousme/openapi-schema-validator';
import { problem, shown } from './problem.ts';

export async function structuralProblems(source: string, bundle: unknown): Promise<string[]> {
  // The validator resolves $refs in place, so it gets its own copy.
  const document = structuredClone(bundle) as Parameters<Validator['validate']>[0];
  const result = await new Validator().validate(document);
  if (result.valid) return [];
  const errors = Array.isArray(result.errors) ? result.errors : [result.errors];
  return errors.map((error) => {
    const { instancePath, message } = (error ?? {}) as { instancePath?: string; message?: string };
    return problem(`${source}: OpenAPI 3.1 structure at ${instancePath || '/'}`, 'valid', message ?? shown(error));
  });
}
