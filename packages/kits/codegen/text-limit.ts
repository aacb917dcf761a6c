/**
 * The text cut as a constant of each kit, written from the one value the TypeScript client is generated from too, so
 * that every runtime keeps the same number of characters of a reply's texts.
 */
import { TEXT_LIMIT } from '@error-contract/client/codegen';
import { banner } from './brand.ts';

const source = 'packages/client/codegen/text-limit.ts';
const meaning = 'how many characters an outcome keeps of each text it takes from a reply';

/** The constant's file in each language, by path under the package. */
export function renderTextLimits(): Array<[string, string]> {
  return [
    [
      'go/errorcontract/text_limit.go',
      `${banner(source, '//')}

package errorcontract

// TextLimit is ${meaning}.
const TextLimit = ${TEXT_LIMIT}
`,
    ],
    [
      'python/src/error_contract/_text_limit.py',
      `${banner(source, '#')}
"""The text cut, ${meaning}."""

TEXT_LIMIT = ${TEXT_LIMIT}
`,
    ],
    [
      'php/src/TextLimit.php',
      `<?php

${banner(source, '//')}

declare(strict_types=1);

namespace ErrorContract;

/** The text cut, ${meaning}. */
interface TextLimit
{
    public const LIMIT = ${TEXT_LIMIT};
}
`,
    ],
  ];
}
