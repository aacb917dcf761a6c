/**
 * Save → served page: starts `pnpm dev`'s loop on a temporary copy of the spec, makes 10 one-line explanation edits
 * and times each from the save to the brand's handbook and errors pages (and, separately, its reference page)
 * showing the new text over HTTP, as the reloaded page would fetch it. Prints median and max against the target and
 * the loop's own time per step. `pnpm --filter @error-contract/dev bench`.
 */

import { errorsRoute, handbookRoute, referenceRoute } from '@error-contract/docs/site-layout';
import { runRedocly } from '@error-contract/spec/redocly';
import { publishedBrands } from '@error-contract/spec/workspace';
import { type BuildEvent, startDevLoop } from '../src/dev-loop.ts';
import { CATALOG_FILE, plainExplanation } from '../test/support/explanation.ts';
import { servedWith } from '../test/support/served.ts';
import { copySpec } from '../test/support/spec-copy.ts';

const EDITS = 10;
/** Issue 22: the handbook and errors pages within half a second of the save, the reference within 1.5 s. */
const PAGES_TARGET_MS = 500;
const REFERENCE_TARGET_MS = 1_500;

process.env.REDOCLY_TELEMETRY = 'off';
const [brand = 'idenfy'] = publishedBrands();
const copy = copySpec();
const loop = await startDevLoop({ root: copy.root, docsPort: 0, sandboxPort: 0 });

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Sample {
  pages: number;
  reference: number;
  steps: Record<string, number>;
}

/** What starting one Redocly CLI process costs on this machine now, before it does any work. */
async function redoclyStartup(): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    await runRedocly(['--version']);
    times.push(performance.now() - start);
  }
  return median(times);
}

const samples: Sample[] = [];
const startup = await redoclyStartup();
try {
  const { explanation } = plainExplanation(copy.root, brand);
  let current = explanation;
  for (let edit = 1; edit <= EDITS; edit += 1) {
    await loop.idle();
    const next = `${explanation.slice(0, -1)}, edit ${edit} of the bench.`;
    const events: BuildEvent[] = [];
    const stop = loop.onBuild((event) => events.push(event));
    const start = performance.now();
    copy.replace(CATALOG_FILE, `explanation: ${current}\n`, `explanation: ${next}\n`);
    current = next;
    const pages = await servedWith(loop.docsUrl, [handbookRoute(brand), errorsRoute(brand)], next, { start });
    const reference = await servedWith(loop.docsUrl, [referenceRoute(brand)], next, { start });
    await loop.idle();
    stop();
    const steps: Record<string, number> = {};
    for (const event of events) {
      if (event.type === 'published')
        Object.assign(steps, event.steps, { 'pages served': event.pagesMs, 'loop total': event.totalMs });
      if (event.type === 'references') steps['reference pass'] = event.ms;
      if (event.type === 'failed') throw new Error(`Edit ${edit} failed: ${event.error.title}\n${event.error.output}`);
    }
    samples.push({ pages, reference, steps });
    console.log(`edit ${edit}: pages ${seconds(pages)}, reference ${seconds(reference)}`);
  }
} finally {
  await loop.close();
  copy.discard();
}

const rows = [
  ['save → handbook and errors pages served', samples.map((sample) => sample.pages), PAGES_TARGET_MS],
  ['save → reference page served (second pass)', samples.map((sample) => sample.reference), REFERENCE_TARGET_MS],
] as const;
console.log(`\n${EDITS} one-line explanation edits of ${brand}, on a copy of the spec\n`);
console.log('| measure | target | median | max | verdict |\n| --- | --- | --- | --- | --- |');
for (const [name, values, target] of rows) {
  const verdict = median(values) <= target ? 'met' : 'MISSED';
  console.log(
    `| ${name} | ≤ ${seconds(target)} | ${seconds(median(values))} | ${seconds(Math.max(...values))} | ${verdict} |`,
  );
}
console.log(
  '\nWhere the time goes, median per step, each timed where it runs (lint beside bundle then site, the first pages then served; then the rest of the site beside the sandbox swap and the client):\n',
);
console.log('| step | median | max |\n| --- | --- | --- |');
for (const step of [
  'lint',
  'bundle',
  'site',
  'pages served',
  'rest',
  'sandbox',
  'client',
  'loop total',
  'reference pass',
]) {
  const values = samples.map((sample) => sample.steps[step]).filter((value): value is number => value !== undefined);
  if (values.length > 0) console.log(`| ${step} | ${seconds(median(values))} | ${seconds(Math.max(...values))} |`);
}
const processes = publishedBrands().length + 1;
console.log(
  `\nRedocly runs warm inside the loop's worker threads, so a save starts no process. For scale: one Redocly CLI start-up (\`redocly --version\`) takes ${seconds(startup)} here now, and running it as processes cost each save ${processes} of them (lint, and bundle once per brand) before the pages, plus one build-docs per brand for the references.`,
);
