// Prints the codebase measures the README's layout section reports: hand-written source lines per package
// (tests, benchmarks and generated files excluded) and the places an identifier name appears in hand-written
// non-test code. Usage: node scripts/code-stats.mjs [repo-dir]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = process.argv[2] ?? process.cwd();
const tracked = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean);

const isSource = (file) => /\.(ts|mts|js|mjs|py|go|php)$/.test(file) && !file.endsWith('.d.ts');
const isTestOrTool = (file) =>
  /(^|\/)(test|tests|bench|generated|fixtures)\//.test(file) ||
  /(\.test(-d)?\.|_test\.go$|(^|\/)test_[^/]*\.py$)/.test(file);
/** Generated files say so in their first lines (`Do not edit: run \`pnpm generate\``). */
const isGenerated = (file) =>
  readFileSync(join(repo, file), 'utf8').split('\n').slice(0, 3).join('\n').includes('Do not edit');
const isHandWritten = (file) => !isTestOrTool(file) && !isGenerated(file);
const packageOf = (file) => {
  const [top, name] = file.split('/');
  return top === 'packages' || top === 'apps' ? `${top}/${name}` : top;
};
const codeLines = (text) =>
  text.split('\n').filter((line) => line.trim() && !/^\s*(\/\/|\*|\/\*\*?|#)/.test(line)).length;

const linesByPackage = new Map();
const sources = tracked.filter((file) => isSource(file) && isHandWritten(file));
for (const file of sources) {
  const key = packageOf(file);
  linesByPackage.set(key, (linesByPackage.get(key) ?? 0) + codeLines(readFileSync(join(repo, file), 'utf8')));
}

const catalogText = readFileSync(join(repo, 'spec/components/schemas/ErrorIdentifier.yaml'), 'utf8');
const identifiers = [...catalogText.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map(([, name]) => name);
const identifierPattern = new RegExp(`\\b(${[...identifiers, 'TOO_MANY_REQUESTS'].join('|')})\\b`, 'g');
let identifierMentions = 0;
for (const file of sources)
  identifierMentions += readFileSync(join(repo, file), 'utf8').match(identifierPattern)?.length ?? 0;

console.log('hand-written source lines (no blank or comment lines; tests, benches and generated files excluded)');
for (const [key, lines] of [...linesByPackage].sort()) console.log(`  ${key.padEnd(28)} ${lines}`);
console.log(`  ${'total'.padEnd(28)} ${[...linesByPackage.values()].reduce((a, b) => a + b, 0)}`);
console.log(`identifier names in hand-written non-test code: ${identifierMentions}`);
