/**
 * The reachability matrix of a run, per brand, as a terminal table, JSON, JUnit XML and Markdown (a PR comment or
 * a job summary), and the run's verdict: it passes only when every declared cell was proven, or was not attempted
 * for reasons the caller allowed by name. Every text goes through the run's masker before it is printed or written.
 */
import type { NotAttemptedReason } from './plan.ts';
import type { BrandResult, CellResult, CellStatus } from './verify.ts';

const marks: Readonly<Record<CellStatus, string>> = {
  reproduced: '✓',
  failed: '✗',
  'not-attempted': '–',
  'not-declared': '·',
};

const legend = '✓ reproduced   ✗ failed   – not attempted   · not declared (the catalog says it cannot happen)';

export interface Totals {
  declared: number;
  /** Reproduced: the cell's own reply was the expected error, and every reply honoured the contract. */
  reproduced: number;
  failed: number;
  notAttempted: number;
  /** Of those not attempted, the ones whose every reason the caller allowed. */
  notAttemptedAllowed: number;
}

/** A cell not attempted for a reason the caller did not allow: it fails the run. */
const unproven = (cell: CellResult) => cell.status === 'not-attempted' && (cell.notAllowed?.length ?? 0) > 0;

export function totalsOf(result: BrandResult): Totals {
  const count = (status: CellStatus) => result.cells.filter((cell) => cell.status === status).length;
  return {
    declared: result.cells.length - count('not-declared'),
    reproduced: count('reproduced'),
    failed: count('failed'),
    notAttempted: count('not-attempted'),
    notAttemptedAllowed: count('not-attempted') - result.cells.filter(unproven).length,
  };
}

/** A run fails on a failed cell, and on a cell not attempted for a reason the caller did not allow. */
export function runFailed(results: readonly BrandResult[]): boolean {
  return results.some((result) => result.cells.some((cell) => cell.status === 'failed' || unproven(cell)));
}

/**
 * The run's last line: PASS when every declared cell was proven or not attempted for reasons allowed, else FAIL with
 * what failed and the reasons to supply inputs for, or to allow by name.
 */
export function verdictOf(results: readonly BrandResult[]): string {
  const cells = results.flatMap((result) => result.cells);
  const sum = (key: keyof Totals) => results.reduce((total, result) => total + totalsOf(result)[key], 0);
  const proven = `${sum('reproduced')} of ${sum('declared')} declared cells proven`;
  const unique = (reasons: NotAttemptedReason[]) => [...new Set(reasons)].join(',');
  const failed = sum('failed');
  const notAllowed = cells.filter(unproven);
  if (failed === 0 && notAllowed.length === 0) {
    const allowed = unique(cells.flatMap((cell) => (cell.status === 'not-attempted' ? (cell.reasons ?? []) : [])));
    return `PASS: ${proven}${allowed ? `; ${sum('notAttempted')} not attempted, for reasons allowed (${allowed})` : ''}.`;
  }
  const problems = [
    ...(failed > 0 ? [`${failed} failed`] : []),
    ...(notAllowed.length > 0
      ? [
          `${notAllowed.length} not attempted for reasons not allowed: supply what they need, or pass --allow-not-attempted ${unique(notAllowed.flatMap((cell) => cell.notAllowed ?? []))}`,
        ]
      : []),
  ];
  return `FAIL: ${proven}; ${problems.join('; ')}.`;
}

function cellAt(result: BrandResult, operationId: string, identifier: string): CellResult | undefined {
  return result.cells.find((cell) => cell.operationId === operationId && cell.identifier === identifier);
}

function summaryLine(result: BrandResult): string {
  const totals = totalsOf(result);
  const allowed = totals.notAttempted > 0 ? ` (${totals.notAttemptedAllowed} allowed)` : '';
  return `${totals.reproduced}/${totals.declared} declared cells proven, ${totals.failed} failed, ${totals.notAttempted} not attempted${allowed}`;
}

/** Why a cell was not attempted, by name, and whether the caller allowed it: `(credentials:partner, not allowed)`. */
function reasonsNote(cell: CellResult): string {
  if (cell.status !== 'not-attempted' || !cell.reasons) return '';
  return ` (${cell.reasons.join(', ')}, ${unproven(cell) ? 'not allowed' : 'allowed'})`;
}

function notes(result: BrandResult): string[] {
  return result.cells
    .filter((cell) => cell.status === 'failed' || cell.status === 'not-attempted')
    .map(
      (cell) =>
        `${marks[cell.status]} ${result.brand}: ${cell.operationId} × ${cell.identifier}${reasonsNote(cell)}: ${cell.detail ?? ''}`,
    );
}

export function textReport(results: readonly BrandResult[]): string {
  const blocks = results.map((result) => {
    const width = Math.max(...result.operations.map((operation) => operation.length));
    const header = `${' '.repeat(width)}  ${result.identifiers.map((_, index) => String(index + 1).padStart(2)).join(' ')}`;
    const rows = result.operations.map(
      (operation) =>
        `${operation.padEnd(width)}  ${result.identifiers
          .map((identifier) => marks[cellAt(result, operation, identifier)?.status ?? 'not-declared'].padStart(2))
          .join(' ')}`,
    );
    const key = result.identifiers.map((identifier, index) => `${index + 1} ${identifier}`).join(', ');
    return [
      `${result.brand} (${result.server}): ${summaryLine(result)}`,
      header,
      ...rows,
      `  ${key}`,
      ...notes(result),
    ].join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${legend}\n${verdictOf(results)}\n`;
}

export function jsonReport(results: readonly BrandResult[]): string {
  return `${JSON.stringify(
    {
      ok: !runFailed(results),
      brands: results.map((result) => ({ ...result, totals: totalsOf(result) })),
    },
    null,
    2,
  )}\n`;
}

function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replace(/\p{Cc}/gu, (control) => (control === '\t' || control === '\n' || control === '\r' ? control : '\ufffd'));
}

/**
 * One test suite per brand, one test case per declared cell: failed cells fail, and so do cells not attempted for a
 * reason the caller did not allow; cells not attempted for reasons allowed are skipped.
 */
export function junitReport(results: readonly BrandResult[]): string {
  const suites = results.map((result) => {
    const totals = totalsOf(result);
    const cases = result.cells
      .filter((cell) => cell.status !== 'not-declared')
      .map((cell) => {
        const name = `${cell.operationId} × ${cell.identifier}`;
        const open = `    <testcase classname="${xml(result.brand)}" name="${xml(name)}">`;
        if (cell.status === 'failed') {
          return `${open}\n      <failure message="${xml(cell.detail ?? '')}"/>\n    </testcase>`;
        }
        if (unproven(cell)) {
          const message = `not attempted, for a reason not allowed (${cell.notAllowed?.join(', ')}): ${cell.detail ?? ''}`;
          return `${open}\n      <failure message="${xml(message)}"/>\n    </testcase>`;
        }
        if (cell.status === 'not-attempted') {
          return `${open}\n      <skipped message="${xml(cell.detail ?? '')}"/>\n    </testcase>`;
        }
        return `${open}</testcase>`;
      });
    return [
      `  <testsuite name="${xml(result.brand)}" tests="${totals.declared}" failures="${totals.failed + totals.notAttempted - totals.notAttemptedAllowed}" errors="0" skipped="${totals.notAttemptedAllowed}">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="contract-verify">\n${suites.join('\n')}\n</testsuites>\n`;
}

function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function markdownReport(results: readonly BrandResult[]): string {
  const sections = results.map((result) => {
    const header = `| operation | ${result.identifiers.map((identifier) => `\`${identifier}\``).join(' | ')} |`;
    const rule = `| --- | ${result.identifiers.map(() => ':-:').join(' | ')} |`;
    const rows = result.operations.map(
      (operation) =>
        `| \`${operation}\` | ${result.identifiers
          .map((identifier) => marks[cellAt(result, operation, identifier)?.status ?? 'not-declared'])
          .join(' | ')} |`,
    );
    const details = notes(result).map((note) => `- ${markdownCell(note)}`);
    return [
      `### ${result.brand}: ${summaryLine(result)}`,
      '',
      `Server: ${result.server}`,
      '',
      header,
      rule,
      ...rows,
      ...(details.length > 0 ? ['', ...details] : []),
    ].join('\n');
  });
  return `## Contract verification\n\n${sections.join('\n\n')}\n\n${legend}\n\n**${verdictOf(results)}**\n`;
}
