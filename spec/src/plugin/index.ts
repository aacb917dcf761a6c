/**
 * The Redocly plugin of the error contract, built from the spec library into one file
 * (spec/dist/plugin/error-contract.js, named in redocly.yaml) that imports no package.
 */
import { BrandDecorator } from './brand-decorator.ts';
import { BrandMapsComplete } from './brand-maps-rule.ts';
import { CatalogConsistent, StandardErrorResponse } from './catalog-rules.ts';
import { ReproductionsComplete } from './reproduction-rule.ts';
import { withContractTypes } from './types.ts';

export default function errorContractPlugin() {
  return {
    id: 'error-contract',
    decorators: { oas3: { brand: BrandDecorator } },
    rules: {
      oas3: {
        'brand-maps-complete': BrandMapsComplete,
        'catalog-consistent': CatalogConsistent,
        'standard-error-response': StandardErrorResponse,
        'reproductions-complete': ReproductionsComplete,
      },
    },
    typeExtension: { oas3: withContractTypes },
  };
}
