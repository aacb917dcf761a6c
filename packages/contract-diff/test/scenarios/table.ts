/**
 * The scenario suite's table, as the READMEs print it (between the `scenario-table` markers): per change, the gate's
 * verdict, what compiling the consumer showed and oasdiff's verdict, per brand when the brands differ; and where the
 * gate and oasdiff disagree, why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OASDIFF_VERSION, oasdiffVerdict } from './oasdiff.ts';
import { BRANDS, type BrandId, type BrandOutcome, compileFails, type ScenarioOutcome } from './run.ts';

/**
 * The scenarios where the gate calls for a major bump and oasdiff sees nothing breaking, and why. The suite fails
 * when another disagreement appears, or when one listed here no longer happens.
 */
export const DISAGREEMENTS: Readonly<Record<string, string>> = {
  'identifier-removed':
    'oasdiff judges the wire, where a server that stops sending an enum value breaks no reader; the typed client drops the identifier from its union, so handlers and `case`s naming it stop compiling.',
  'brand-loses-identifier': 'as for a removed identifier, for the brand that loses it.',
  'request-field-optional':
    "request schemas are open (a field the spec does not list is accepted and ignored), so a new field's constraint refuses values the API used to ignore; oasdiff counts a new optional request property as non-breaking, whatever the schema accepted under that name before.",
  'error-field-required':
    'a new required response field breaks no reader on the wire, but the client checks every error body against `ErrorResponse` at run time, so a body without the field becomes an `unexpected-response`.',
};

/** The READMEs that print the table: the root README's versioning policy and this package's README. */
export const README_PATHS = ['../../../../README.md', '../../README.md'].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);
const START = '<!-- scenario-table:start -->';
const END = '<!-- scenario-table:end -->';

/** One value, or one per brand when they differ. */
function perBrand(value: (brand: BrandId) => string): string {
  const values = BRANDS.map(value);
  return values.every((entry) => entry === values[0])
    ? (values[0] ?? '')
    : BRANDS.map((brand, index) => `${brand}: ${values[index]}`).join('; ');
}

function compileCell(outcome: BrandOutcome): string {
  if (outcome.generation !== undefined) return 'client not generated';
  if (!compileFails(outcome)) return 'compiles';
  const codes = [
    ...new Set(outcome.compile.map((error) => `${error.code}${error.part === 'client' ? ' (client)' : ''}`)),
  ];
  return `fails: ${codes.join(', ')}`;
}

function oasdiffCell(outcome: BrandOutcome): string {
  if (!outcome.oasdiff) return 'not run';
  const verdict = oasdiffVerdict(outcome.oasdiff);
  const ids = [...new Set(outcome.oasdiff.breaking.map((finding) => `\`${finding.id}\``))];
  return ids.length > 0 ? `${verdict}: ${ids.join(', ')}` : verdict === 'change' ? 'non-breaking change' : 'no change';
}

export function renderTable(outcomes: readonly ScenarioOutcome[]): string {
  const rows = outcomes.map(({ scenario, brands }) =>
    [
      scenario.change,
      perBrand((brand) => brands[brand].gate),
      perBrand((brand) => compileCell(brands[brand])),
      perBrand((brand) => oasdiffCell(brands[brand])),
    ].join(' | '),
  );
  const notes = Object.entries(DISAGREEMENTS).map(([id, reason]) => {
    const change = outcomes.find((outcome) => outcome.scenario.id === id)?.scenario.change ?? id;
    return `- ${change}: ${reason}`;
  });
  return [
    START,
    `| change | gate | consumer compile | oasdiff ${OASDIFF_VERSION} |`,
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row} |`),
    '',
    'Where the gate calls for a major bump and oasdiff finds nothing breaking:',
    '',
    ...notes,
    END,
  ].join('\n');
}

/** The table as a README prints it now, or undefined when it has no markers. */
export function tableIn(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return start === -1 || end === -1 ? undefined : readme.slice(start, end + END.length);
}

/** Rewrites the table between the markers of a README (`UPDATE_SCENARIO_TABLE=1 pnpm vitest run scenarios`). */
export function writeTable(path: string, table: string): void {
  const readme = readFileSync(path, 'utf8');
  const current = tableIn(readme);
  if (current === undefined) throw new Error(`${path} has no ${START} … ${END} markers.`);
  writeFileSync(path, readme.replace(current, table));
}
