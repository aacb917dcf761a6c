/**
 * The reachability matrix of a run, per brand, as a terminal table, JSON, JUnit XML and Markdown (a PR comment or
 * a job summary). Every text goes through the run's masker before it is printed or written.
 */
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
  reproduced: number;
  failed: number;
  notAttempted: number;
}

export function totalsOf(result: BrandResult): Totals {
  const count = (status: CellStatus) => result.cells.filter((cell) => cell.status === status).length;
  return {
    declared: result.cells.length - count('not-declared'),
    reproduced: count('reproduced'),
    failed: count('failed'),
    notAttempted: count('not-attempted'),
  };
}

export function runFailed(results: readonly BrandResult[]): boolean {
  return results.some((result) => totalsOf(result).failed > 0);
}

function cellAt(result: BrandResult, operationId: string, identifier: string): CellResult | undefined {
  return result.cells.find((cell) => cell.operationId === operationId && cell.identifier === identifier);
}

function summaryLine(result: BrandResult): string {
  const totals = totalsOf(result);
  return `${totals.reproduced}/${totals.declared} declared cells reproduced, ${totals.failed} failed, ${totals.notAttempted} not attempted`;
}

function notes(result: BrandResult): string[] {
  return result.cells
    .filter((cell) => cell.status === 'failed' || cell.status === 'not-attempted')
    .map(
      (cell) => `${marks[cell.status]} ${result.brand}: ${cell.operationId} × ${cell.identifier}: ${cell.detail ?? ''}`,
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
  return `${blocks.join('\n\n')}\n\n${legend}\n`;
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

/** One test suite per brand, one test case per declared cell: failed cells fail, cells not attempted are skipped. */
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
        if (cell.status === 'not-attempted') {
          return `${open}\n      <skipped message="${xml(cell.detail ?? '')}"/>\n    </testcase>`;
        }
        return `${open}</testcase>`;
      });
    return [
      `  <testsuite name="${xml(result.brand)}" tests="${totals.declared}" failures="${totals.failed}" errors="0" skipped="${totals.notAttempted}">`,
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
  return `## Contract verification\n\n${sections.join('\n\n')}\n\n${legend}\n`;
}
