/** The brand's TypeScript types (paths, components, operations) by openapi-typescript, with the enums' runtime values. */
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export async function renderOpenapiTypes(bundleJsonPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(bundleJsonPath), {
    enumValues: true,
    // A default is what the server assumes when a field is left out, so it must not make a request field required.
    defaultNonNullable: false,
    silent: true,
  });
  return astToString(ast);
}
