import { describe, expect, it } from 'vitest';
import type { NotAttemptedReason } from '../src/plan.ts';
import { jsonReport, junitReport, markdownReport, runFailed, textReport, verdictOf } from '../src/reports.ts';
import type { BrandResult, CellResult } from '../src/verify.ts';

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
      reasons: ['sandbox-only'],
      notAllowed: [],
    },
    {
      operationId: 'processVerification',
      identifier: 'BAD_VALUE',
      status: 'failed',
      detail: 'reproduce: status 200, expected 400; reply seen: POST /api/v2/process → 200 <ok & "done">',
    },
    { operationId: 'processVerification', identifier: 'TOKEN_NOT_VALID', status: 'reproduced' },
    {
      operationId: 'processVerification',
      identifier: 'INTERNAL_ERROR',
      status: 'not-attempted',
      detail: 'needs |x|',
      reasons: ['credentials:partner', 'effects'],
      notAllowed: ['effects'],
    },
  ],
};

describe('the reports', () => {
  it('print the matrix with a mark per cell and a line per cell that is not reproduced', () => {
    expect(textReport([result])).toBe(
      [
        'markid (https://staging.example.com): 2/5 declared cells proven, 1 failed, 2 not attempted (1 allowed)',
        '                      1  2  3',
        'createToken           ✓  ·  –',
        'processVerification   ✗  ✓  –',
        '  1 BAD_VALUE, 2 TOKEN_NOT_VALID, 3 INTERNAL_ERROR',
        '– markid: createToken × INTERNAL_ERROR (sandbox-only, allowed): not reproducible here, needs a server that fails on purpose',
        '✗ markid: processVerification × BAD_VALUE: reproduce: status 200, expected 400; reply seen: POST /api/v2/process → 200 <ok & "done">',
        '– markid: processVerification × INTERNAL_ERROR (credentials:partner, effects, not allowed): needs |x|',
        '',
        '✓ reproduced   ✗ failed   – not attempted   · not declared (the catalog says it cannot happen)',
        'FAIL: 2 of 5 declared cells proven; 1 failed; 1 not attempted for reasons not allowed: supply what they need, or pass --allow-not-attempted effects.',
        '',
      ].join('\n'),
    );
  });

  it('write JUnit with a failure per failed or unproven cell and a skip per cell not attempted as allowed, escaped', () => {
    const xml = junitReport([result]);
    expect(xml).toContain('<testsuite name="markid" tests="5" failures="2" errors="0" skipped="1">');
    expect(xml).toContain(
      '<testcase classname="markid" name="processVerification × BAD_VALUE">\n      <failure message="reproduce: status 200, expected 400; reply seen: POST /api/v2/process → 200 &lt;ok &amp; &quot;done&quot;&gt;"/>',
    );
    expect(xml.match(/<skipped /g)).toHaveLength(1);
    expect(xml).toContain(
      '<testcase classname="markid" name="processVerification × INTERNAL_ERROR">\n      <failure message="not attempted, for a reason not allowed (effects): needs |x|"/>',
    );
    expect(xml).not.toContain('TOKEN_NOT_VALID" name="createToken');
  });

  it('write Markdown with the matrix as a table and escaped details', () => {
    const markdown = markdownReport([result]);
    expect(markdown).toContain('| `processVerification` | ✗ | ✓ | – |');
    expect(markdown).toContain(
      '- – markid: processVerification × INTERNAL_ERROR (credentials:partner, effects, not allowed): needs \\|x\\|',
    );
    expect(markdown).toMatch(/\*\*FAIL: 2 of 5 declared cells proven; .*\*\*\n$/);
  });

  it('write JSON with the totals and whether the run passed', () => {
    const json = JSON.parse(jsonReport([result]));
    expect(json.ok).toBe(false);
    expect(json.brands[0].totals).toEqual({
      declared: 5,
      reproduced: 2,
      failed: 1,
      notAttempted: 2,
      notAttemptedAllowed: 1,
    });
  });
});

describe('the verdict', () => {
  const cell = (status: CellResult['status'], notAllowed?: NotAttemptedReason[]): CellResult => ({
    operationId: 'createToken',
    identifier: 'BAD_VALUE',
    status,
    ...(notAllowed ? { reasons: ['credentials:partner', 'effects'] as NotAttemptedReason[], notAllowed } : {}),
  });
  const cases: Array<[name: string, { given: CellResult[]; want: { failed: boolean; verdict: string } }]> = [
    [
      'passes when every declared cell was proven',
      {
        given: [cell('reproduced'), cell('not-declared')],
        want: { failed: false, verdict: 'PASS: 1 of 1 declared cells proven.' },
      },
    ],
    [
      'passes when a cell went unattempted for reasons all allowed, and names them',
      {
        given: [cell('reproduced'), cell('not-attempted', [])],
        want: {
          failed: false,
          verdict:
            'PASS: 1 of 2 declared cells proven; 1 not attempted, for reasons allowed (credentials:partner,effects).',
        },
      },
    ],
    [
      'fails when a cell went unattempted for a reason not allowed, and says how to allow it',
      {
        given: [cell('reproduced'), cell('not-attempted', ['effects'])],
        want: {
          failed: true,
          verdict:
            'FAIL: 1 of 2 declared cells proven; 1 not attempted for reasons not allowed: supply what they need, or pass --allow-not-attempted effects.',
        },
      },
    ],
    [
      'fails when nothing was attempted (a run without credentials proves nothing)',
      {
        given: [cell('not-attempted', ['credentials:partner', 'effects']), cell('not-attempted', ['effects'])],
        want: {
          failed: true,
          verdict:
            'FAIL: 0 of 2 declared cells proven; 2 not attempted for reasons not allowed: supply what they need, or pass --allow-not-attempted credentials:partner,effects.',
        },
      },
    ],
    [
      'fails on a failed cell',
      { given: [cell('failed')], want: { failed: true, verdict: 'FAIL: 0 of 1 declared cells proven; 1 failed.' } },
    ],
  ];

  it.each(cases)('%s', (_name, { given, want }) => {
    const results = [{ ...result, cells: given }];
    expect({ failed: runFailed(results), verdict: verdictOf(results) }).toEqual(want);
  });
});
