import { describe, expect, it } from 'vitest';
import { jsonReport, junitReport, markdownReport, runFailed, textReport } from '../src/reports.ts';
import type { BrandResult } from '../src/verify.ts';

const result: BrandResult = {
  brand: 'markid',
  server: 'https://staging.example.com',
  operations: ['createToken', 'processVerification'],
  identifiers: ['BAD_VALUE', 'TOKEN_NOT_VALID', 'INTERNAL_ERROR'],
  cells: [
    { operationId: 'createToken', identifier: 'BAD_VALUE', status: 'reproduced' },
    { operationId: 'createToken', identifier: 'TOKEN_NOT_VALID', status: 'not-declared' },
    {
      operationId: 'createToken',
      identifier: 'INTERNAL_ERROR',
      status: 'not-attempted',
      detail: 'not reproducible here, needs a server that fails on purpose',
    },
    {
      operationId: 'processVerification',
      identifier: 'BAD_VALUE',
      status: 'failed',
      detail: 'reproduce: status 200, expected 400; reply seen: POST /api/v2/process → 200 <ok & "done">',
    },
    { operationId: 'processVerification', identifier: 'TOKEN_NOT_VALID', status: 'reproduced' },
    { operationId: 'processVerification', identifier: 'INTERNAL_ERROR', status: 'not-attempted', detail: 'needs |x|' },
  ],
};

describe('the reports', () => {
  it('print the matrix with a mark per cell and a line per cell that is not reproduced', () => {
    expect(textReport([result])).toBe(
      [
        'markid (https://staging.example.com): 2/5 declared cells reproduced, 1 failed, 2 not attempted',
        '                      1  2  3',
        'createToken           ✓  ·  –',
        'processVerification   ✗  ✓  –',
        '  1 BAD_VALUE, 2 TOKEN_NOT_VALID, 3 INTERNAL_ERROR',
        '– markid: createToken × INTERNAL_ERROR: not reproducible here, needs a server that fails on purpose',
        '✗ markid: processVerification × BAD_VALUE: reproduce: status 200, expected 400; reply seen: POST /api/v2/process → 200 <ok & "done">',
        '– markid: processVerification × INTERNAL_ERROR: needs |x|',
        '',
        '✓ reproduced   ✗ failed   – not attempted   · not declared (the catalog says it cannot happen)',
        '',
      ].join('\n'),
    );
  });

  it('write JUnit with a failure per failed cell and a skip per cell not attempted, escaped', () => {
    const xml = junitReport([result]);
    expect(xml).toContain('<testsuite name="markid" tests="5" failures="1" errors="0" skipped="2">');
    expect(xml).toContain(
      '<testcase classname="markid" name="processVerification × BAD_VALUE">\n      <failure message="reproduce: status 200, expected 400; reply seen: POST /api/v2/process → 200 &lt;ok &amp; &quot;done&quot;&gt;"/>',
    );
    expect(xml.match(/<skipped /g)).toHaveLength(2);
    expect(xml).not.toContain('TOKEN_NOT_VALID" name="createToken');
  });

  it('write Markdown with the matrix as a table and escaped details', () => {
    const markdown = markdownReport([result]);
    expect(markdown).toContain('| `processVerification` | ✗ | ✓ | – |');
    expect(markdown).toContain('- – markid: processVerification × INTERNAL_ERROR: needs \\|x\\|');
  });

  it('write JSON with the totals and whether the run passed', () => {
    const json = JSON.parse(jsonReport([result]));
    expect(json.ok).toBe(false);
    expect(json.brands[0].totals).toEqual({ declared: 5, reproduced: 2, failed: 1, notAttempted: 2 });
  });

  it('fail the run on a failed cell, not on a cell not attempted', () => {
    const notAttemptedOnly = { ...result, cells: result.cells.filter((cell) => cell.status !== 'failed') };
    expect(runFailed([notAttemptedOnly])).toBe(false);
    expect(runFailed([result])).toBe(true);
  });
});
