/** Each kit's README shows code that CI runs: every code block in the kit's language is part of its example. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { kitsDir } from './support/toolchains.ts';

const kits = [
  { folder: 'python', language: 'python', example: 'examples/sandbox_replies.py' },
  { folder: 'go', language: 'go', example: 'examples/sandbox/main.go' },
  { folder: 'php', language: 'php', example: 'examples/sandbox_replies.php' },
];

it.each(kits)(
  '$folder/README.md shows only code of its example, which the sandbox test runs',
  ({ folder, language, example }) => {
    const readme = readFileSync(join(kitsDir, folder, 'README.md'), 'utf8');
    const program = readFileSync(join(kitsDir, folder, example), 'utf8');
    const blocks = [...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
      ([, code]) => code ?? '',
    );
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(program).toContain(block);
    expect(readme).toContain(`(${example})`);
  },
);
