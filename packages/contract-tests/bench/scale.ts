/**
 * How the build scales with the API: on a temporary clone, grows the spec to (N operations, M identifiers) =
 * (5, 10), (105, 10), (5, 210), (105, 210) and measures at each size the forced build (min and median of 3), a
 * one-line edit (one word of one explanation, then `pnpm build`), the task that dominates, the first brand's bundle
 * and reference page sizes, and the text of each brand's docs site; then fits size = a + b·N + c·M + d·N·M to the
 * four points. Prints the targets and the results side by side and exits with 1 when one is missed.
 * `pnpm --filter @error-contract/contract-tests bench`.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brandPageRoute, referencePageFile } from '@error-contract/spec/site-routes';
import { bundlePath, publishedBrands } from '@error-contract/spec/workspace';
import { cloneRepository } from '../src/clone.ts';
import { growSpec, type SpecSize } from '../src/grow-spec.ts';
import { editOneWord } from './support/edit-spec.ts';
import { lastRunTasks, median, timed } from './support/measure.ts';
import { type SiteText, siteText } from './support/site-text.ts';

const SIZES: SpecSize[] = [
  { operations: 5, identifiers: 10 },
  { operations: 105, identifiers: 10 },
  { operations: 5, identifiers: 210 },
  { operations: 105, identifiers: 210 },
];
const FORCED_RUNS = 3;
const TARGET_FORCED_RATIO = 1.5;
const TARGET_EDIT_SECONDS = 10;
const TARGET_PRODUCT_SHARE = 0.2;
/** Issue 22: each brand's docs site, at the largest size, holds at most this much text (uncompressed). */
const TARGET_DOCS_TEXT_BYTES = 2 * 1024 * 1024;
/** The docs site's folder in the clone (apps/docs/src/site-layout.ts, `siteDir`). */
const SITE_DIR = 'apps/docs/dist/site';
/** Each brand's own docs site in the clone, `<SITES_DIR>/<brand>` (apps/docs/src/site-layout.ts, `sitesDir`). */
const SITES_DIR = 'apps/docs/dist/sites';
/** Where the codegen task (packages/kits/codegen-task) keeps the fingerprint that lets it skip unchanged generated files. */
const CODEGEN_FINGERPRINT_DIR = 'node_modules/.cache/error-contract-codegen';

interface TaskTime {
  task: string;
  seconds: number;
}

interface Measure {
  size: SpecSize;
  forced: number[];
  edit: number;
  dominant: TaskTime;
  bytes: { json: number; yaml: number; reference: number };
  /** The text of each brand's own docs site. */
  docs: Array<{ brand: string; text: SiteText }>;
}

const [brand] = publishedBrands();
if (!brand) throw new Error('The spec publishes no brand.');
const clone = cloneRepository();

/** Runs pnpm in the clone and returns its wall time in seconds. */
const pnpmSeconds = (args: string[]) => timed(() => clone.run('pnpm', args)) / 1000;

/** The longest task of the newest turbo run summary (`--summarize`). */
function dominantTask(): TaskTime {
  const longest = lastRunTasks(clone.dir).reduce((max, task) => (task.durationMs > max.durationMs ? task : max));
  return { task: longest.id, seconds: longest.durationMs / 1000 };
}

function measure(size: SpecSize): Measure {
  clone.run('git', ['checkout', '--quiet', '--', 'spec']);
  clone.run('git', ['clean', '--quiet', '-d', '--force', '--', 'spec']);
  growSpec(join(clone.dir, 'spec'), size);
  const forced: number[] = [];
  const dominants: TaskTime[] = [];
  for (let run = 0; run < FORCED_RUNS; run += 1) {
    // A forced build regenerates the committed files too: drop the fingerprint that lets codegen skip them.
    clone.run('rm', ['-rf', CODEGEN_FINGERPRINT_DIR]);
    forced.push(pnpmSeconds(['exec', 'turbo', 'run', 'build', '--force', '--summarize']));
    dominants.push(dominantTask());
  }
  const sizeOf = (path: string) => statSync(join(clone.dir, path)).size;
  const outDir = join(clone.dir, 'spec', 'dist');
  const bytes = {
    json: statSync(bundlePath(brand as string, 'json', outDir)).size,
    yaml: statSync(bundlePath(brand as string, 'yaml', outDir)).size,
    reference: sizeOf(join(SITE_DIR, brandPageRoute(brand as string, referencePageFile))),
  };
  const docs = publishedBrands().map((id) => ({ brand: id, text: siteText(join(clone.dir, SITES_DIR, id)) }));
  editOneWord(clone.dir, 'edited');
  const edit = pnpmSeconds(['build']);
  const medianRun = forced.indexOf(median(forced));
  return { size, forced, edit, dominant: dominants[medianRun] ?? dominantTask(), bytes, docs };
}

/** Solves the square linear system `matrix · x = vector` by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const rows = matrix.map((row, index) => [...row, vector[index] ?? 0]);
  const size = rows.length;
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row;
    }
    [rows[column], rows[pivot]] = [rows[pivot] as number[], rows[column] as number[]];
    const pivotRow = rows[column] as number[];
    for (let row = 0; row < size; row += 1) {
      const current = rows[row] as number[];
      if (row === column) continue;
      const factor = (current[column] ?? 0) / (pivotRow[column] ?? 1);
      for (let k = column; k <= size; k += 1) current[k] = (current[k] ?? 0) - factor * (pivotRow[k] ?? 0);
    }
  }
  return rows.map((row, index) => (row[size] ?? 0) / (row[index] ?? 1));
}

/** size = a + b·N + c·M + d·N·M through the four points, and the N·M term's share at the largest size. */
function fit(points: Array<{ size: SpecSize; value: number }>) {
  const [a, b, c, d] = solve(
    points.map(({ size: { operations: n, identifiers: m } }) => [1, n, m, n * m]),
    points.map(({ value }) => value),
  ) as [number, number, number, number];
  const largest = points.reduce((max, point) =>
    point.size.operations * point.size.identifiers > max.size.operations * max.size.identifiers ? point : max,
  );
  const productShare = (d * largest.size.operations * largest.size.identifiers) / largest.value;
  return { a, b, c, d, productShare, largest };
}

const seconds = (value: number) => `${value.toFixed(1)} s`;
const kb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
const sizeLabel = ({ operations, identifiers }: SpecSize) => `(${operations}, ${identifiers})`;
const table = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');

try {
  const setupStart = performance.now();
  clone.run('pnpm', ['install', '--frozen-lockfile', '--offline']);
  clone.run('pnpm', ['build']);
  console.log(`Clone ${clone.dir}, installed and built in ${seconds((performance.now() - setupStart) / 1000)}.`);
  const measures: Measure[] = [];
  for (const size of SIZES) {
    const result = measure(size);
    measures.push(result);
    console.log(`${sizeLabel(size)}: forced ${result.forced.map(seconds).join(', ')}; edit ${seconds(result.edit)}.`);
  }

  console.log(
    `\n${table(
      [
        'spec size (N, M)',
        'forced build (min / median)',
        'one-line edit',
        'dominant task (median forced run)',
        `${brand} openapi.json`,
        `${brand} openapi.yaml`,
        'reference.html',
      ],
      measures.map(({ size, forced, edit, dominant, bytes }) => [
        sizeLabel(size),
        `${seconds(Math.min(...forced))} / ${seconds(median(forced))}`,
        seconds(edit),
        `${dominant.task} ${seconds(dominant.seconds)}`,
        kb(bytes.json),
        kb(bytes.yaml),
        kb(bytes.reference),
      ]),
    )}`,
  );

  const fits = (['json', 'yaml', 'reference'] as const).map((output) => ({
    output,
    ...fit(measures.map(({ size, bytes }) => ({ size, value: bytes[output] }))),
  }));
  console.log(
    `\n${table(
      ['output', 'size ≈ a + b·N + c·M + d·N·M', 'N·M share at the largest size'],
      fits.map(({ output, a, b, c, d, productShare }) => [
        output === 'reference' ? 'reference.html' : `openapi.${output}`,
        `${kb(a)} + ${(b / 1024).toFixed(2)} KB·N + ${(c / 1024).toFixed(2)} KB·M + ${d.toFixed(1)} B·N·M`,
        `${(100 * productShare).toFixed(1)} %`,
      ]),
    )}`,
  );

  const brands = publishedBrands();
  const docsText = (text: SiteText | undefined) =>
    text ? `${kb(text.bytes)} (.gz ${kb(text.gzip)}, .br ${kb(text.brotli)})` : '–';
  console.log(
    `\n${table(
      [
        'spec size (N, M)',
        ...brands.map((id) => `${id} docs site, text (its twins)`),
        'largest text files (first brand)',
      ],
      measures.map(({ size, docs }) => [
        sizeLabel(size),
        ...brands.map((id) => docsText(docs.find((site) => site.brand === id)?.text)),
        (docs[0]?.text.files ?? [])
          .slice(0, 4)
          .map((file) => `${file.route} ${kb(file.bytes)}`)
          .join(', '),
      ]),
    )}`,
  );

  const base = measures[0] as Measure;
  const largest = measures[measures.length - 1] as Measure;
  const ratio = median(largest.forced) / median(base.forced);
  const bundleFit = fits[0] as (typeof fits)[number];
  const targets = [
    {
      what: `forced build at ${sizeLabel(largest.size)}, median, of the base's in the same run`,
      target: `≤ ${TARGET_FORCED_RATIO}×`,
      result: `${ratio.toFixed(2)}× (${seconds(median(largest.forced))} / ${seconds(median(base.forced))})`,
      met: ratio <= TARGET_FORCED_RATIO,
    },
    {
      what: `one-line edit at ${sizeLabel(largest.size)}`,
      target: `≤ ${TARGET_EDIT_SECONDS} s`,
      result: seconds(largest.edit),
      met: largest.edit <= TARGET_EDIT_SECONDS,
    },
    {
      what: `N·M share of the ${brand} bundle (openapi.json) at ${sizeLabel(largest.size)}`,
      target: `≤ ${100 * TARGET_PRODUCT_SHARE} %`,
      result: `${(100 * bundleFit.productShare).toFixed(1)} %`,
      met: bundleFit.productShare <= TARGET_PRODUCT_SHARE,
    },
    ...largest.docs.map(({ brand: id, text }) => ({
      what: `text of the ${id} docs site at ${sizeLabel(largest.size)} (html, json, md, txt, js, css)`,
      target: `≤ ${kb(TARGET_DOCS_TEXT_BYTES)}`,
      result: kb(text.bytes),
      met: text.bytes <= TARGET_DOCS_TEXT_BYTES,
    })),
  ];
  console.log(
    `\n${table(
      ['measure', 'TARGET', 'RESULT', 'met'],
      targets.map(({ what, target, result, met }) => [what, target, result, met ? 'yes' : 'NO']),
    )}`,
  );
  if (targets.some((target) => !target.met)) process.exitCode = 1;
} finally {
  clone.remove();
}
