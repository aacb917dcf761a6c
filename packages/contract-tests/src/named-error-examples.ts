/** The named examples of each operation's 400 response: one per identifier the operation can return. */
import type { BrandBundle } from '@error-contract/spec/catalog';
import { operationsOf } from '@error-contract/spec/catalog';

export interface NamedErrorExample {
  operationId: string;
  /** The example's name, what `Prefer: example=…` selects. */
  name: string;
  /** The identifier of the example's value. */
  identifier: string;
}

interface ExampleObject {
  $ref?: string;
  value?: { identifier?: string };
}

function resolve(bundle: BrandBundle, example: ExampleObject): ExampleObject {
  const name = example.$ref?.replace('#/components/examples/', '');
  return (name ? (bundle.components.examples?.[name] as ExampleObject | undefined) : example) ?? {};
}

export function namedErrorExamples(bundle: BrandBundle): NamedErrorExample[] {
  return operationsOf(bundle).flatMap((operation) => {
    const response = operation.responses['400'] as
      | { content?: { 'application/json'?: { examples?: Record<string, ExampleObject> } } }
      | undefined;
    const examples = response?.content?.['application/json']?.examples ?? {};
    return Object.entries(examples).map(([name, example]) => ({
      operationId: operation.operationId,
      name,
      identifier: resolve(bundle, example).value?.identifier ?? '',
    }));
  });
}
