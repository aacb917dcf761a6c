/**
 * The limits as constants of each kit, written from the one home the TypeScript client is generated from too
 * (`packages/client/codegen/limits.ts`), so that every runtime applies the same values.
 */
import { limits } from '@error-contract/client/codegen';
import { banner } from './banner.ts';
import { goDir, sharedModuleFolder } from './go.ts';

const source = 'packages/client/codegen/limits.ts';

/** A doc comment's text, wrapped before width 120 after its prefix. */
function wrapped(text: string, prefix: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && prefix.length + line.length + word.length + 1 > 118) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].map((text) => `${prefix}${text}`);
}

/** The constants' file in each language, by path under the package. */
export function renderLimits(): Array<[string, string]> {
  const go = limits.flatMap(({ goName, value, doc }) => [
    ...wrapped(`${goName}: ${doc}`, '// '),
    `const ${goName} = ${value}`,
    '',
  ]);
  const python = limits.flatMap(({ name, value, doc }) => [...wrapped(doc, '#: '), `${name}: Final = ${value}`, '']);
  const php = limits.flatMap(({ name, value, doc }) => [
    '    /**',
    ...wrapped(doc, '     * '),
    '     */',
    `    public const ${name} = ${value};`,
    '',
  ]);
  return [
    [
      `${goDir}/${sharedModuleFolder}/limits.go`,
      `${banner(source, '//')}\n\npackage errorcontract\n\n${go.join('\n').trimEnd()}\n`,
    ],
    [
      'python/src/error_contract/_limits.py',
      `${banner(source, '#')}\n"""The limits every runtime applies to a reply."""\n\nfrom typing import Final\n\n${python.join('\n').trimEnd()}\n`,
    ],
    [
      'php/src/Limits.php',
      `<?php\n\n${banner(source, '//')}\n\ndeclare(strict_types=1);\n\nnamespace ErrorContract;\n\n/** The limits every runtime applies to a reply. */\ninterface Limits\n{\n${php.join('\n').trimEnd()}\n}\n`,
    ],
  ];
}
