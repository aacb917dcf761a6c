/** `pnpm lint` in spec/: the canonical spec and the built bundles must pass redocly lint with no problem. */
import { lintBundles, lintSources, unreferencedReproductions } from '../src/pipeline.ts';

const runs = await Promise.all([lintSources(), lintBundles()]);
const unreferenced = unreferencedReproductions();
const lint = {
  ok: runs.every((run) => run.ok) && unreferenced.length === 0,
  output: [...runs.map((run) => run.output), ...unreferenced.map((problem) => `error: ${problem}`)].join('\n'),
};
const problems = lint.output.split('\n').filter((line) => /\b(error|warning)\b/.test(line) && !/Node\.js/.test(line));
if (!lint.ok || problems.length > 0) {
  console.error(lint.output);
  process.exit(1);
}
console.log('redocly lint: the spec and both bundles are valid, with no warnings.');
