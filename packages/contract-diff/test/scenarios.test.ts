import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { changelogEntries, changelogGroups } from '../src/changelog.ts';
import { pendingChangesets } from '../src/changesets.ts';
import { gate } from '../src/gate.ts';
import { requiredBump } from '../src/policy.ts';
import { changesetText } from '../src/report.ts';
import { SCENARIOS } from './scenarios/changes.ts';
import { installOasdiff, oasdiffVerdict } from './scenarios/oasdiff.ts';
import { BRANDS, compileFails, runScenarios, type ScenarioOutcome, type SuiteResult } from './scenarios/run.ts';
import { DISAGREEMENTS, README_PATHS, renderTable, tableIn, writeTable } from './scenarios/table.ts';
import { tempDir } from './support/temp-dir.ts';

const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const inCi = Boolean(process.env.CI);

let suite: SuiteResult;
let oasdiffMissing: string | undefined;

beforeAll(async () => {
  const installed = installOasdiff();
  oasdiffMissing = 'error' in installed ? installed.error : undefined;
  suite = await runScenarios(SCENARIOS, 'path' in installed ? installed.path : undefined);
}, 900_000);

const outcomeOf = (id: string): ScenarioOutcome => {
  const outcome = suite.outcomes.find((entry) => entry.scenario.id === id);
  if (!outcome) throw new Error(`No outcome for ${id}.`);
  return outcome;
};
const cases = SCENARIOS.map((scenario) => [scenario.change, scenario.id] as const);

/** In CI oasdiff must run; elsewhere a machine without Go skips the referee, and says so. */
function requireOasdiff(skip: (note: string) => void): void {
  if (oasdiffMissing === undefined) return;
  if (inCi) throw new Error(`oasdiff is required in CI and could not be installed: ${oasdiffMissing}`);
  skip(`oasdiff could not be installed (CI is unset, so the referee is skipped): ${oasdiffMissing}`);
}

describe('the scenario suite: each change regenerates the client and compiles the consumer against it', () => {
  test('the consumer compiles against the clients generated from the unchanged spec', () => {
    expect(suite.base).toEqual([]);
  });

  test.each(cases)(
    '%s: the gate calls for the bump of the policy, and for a major one wherever a build breaks',
    (_change, id) => {
      const { scenario, brands } = outcomeOf(id);
      for (const brand of BRANDS) {
        const want = typeof scenario.want === 'string' ? scenario.want : scenario.want[brand];
        const { gate: verdict, compile } = brands[brand];
        expect(verdict, `${brand}: ${JSON.stringify(compile)}`).toBe(want);
        if (compileFails(brands[brand])) expect(verdict, `${brand}: the build breaks`).toBe('major');
      }
    },
  );

  test.each(cases)(
    '%s: a pending changeset for other work does not cover it; the one the gate prints does',
    (_change, id) => {
      const { changes } = outcomeOf(id);
      const required = requiredBump(changes);
      if (required === undefined) return;
      const other = gate(changes, [
        { file: '.changeset/other.md', bump: 'major', summary: 'Typed clients for both brands.' },
      ]);
      expect(other.missing).toEqual(changelogGroups(changes));
      expect(other.ok).toBe(required !== 'major');
      const dir = tempDir();
      mkdirSync(join(dir, '.changeset'));
      writeFileSync(join(dir, '.changeset', `${id}.md`), `${changesetText(required, changelogEntries(changes))}\n`);
      expect(gate(changes, pendingChangesets(dir))).toMatchObject({ ok: true, declared: required, missing: [] });
    },
  );

  test.for(cases)(
    '%s: oasdiff agrees that it is breaking or not, or the README says why it does not',
    ([, id], context) => {
      requireOasdiff(context.skip);
      const { brands } = outcomeOf(id);
      const disagrees = BRANDS.some((brand) => {
        const { gate: verdict, oasdiff } = brands[brand];
        const oasdiffBreaks = oasdiff !== undefined && ['breaking', 'warning'].includes(oasdiffVerdict(oasdiff));
        return (verdict === 'major') !== oasdiffBreaks;
      });
      expect(disagrees).toBe(id in DISAGREEMENTS);
    },
  );

  test("the READMEs print the suite's table", (context) => {
    requireOasdiff(context.skip);
    const table = renderTable(suite.outcomes);
    for (const path of README_PATHS) {
      if (process.env.UPDATE_SCENARIO_TABLE) writeTable(path, table);
      expect(tableIn(readFileSync(path, 'utf8')), `${path}; rewrite it with UPDATE_SCENARIO_TABLE=1`).toBe(table);
    }
  });

  test.each<[string, { given: string; want: string[] }]>([
    [
      'a new identifier quotes its explanation and retry hint',
      {
        given: 'identifier-added',
        want: [
          '- **Breaking:** New error identifier `TOO_MANY_REQUESTS` (idenfy, markid): Too many requests were sent in a given amount of time. Retryable: the clients retry it on read operations. Exhaustive handlers need a case for it.',
        ],
      },
    ],
    [
      'a declared rename with a new wording quotes the new text, once',
      {
        given: 'identifier-renamed-reworded',
        want: [
          '- **Breaking:** Error identifier `JSON_ERROR` renamed to `MALFORMED_JSON` (idenfy, markid): The request body is not well-formed JSON. Rename its case in your handlers.',
        ],
      },
    ],
    [
      'an identifier replaced by another with the same explanation is no rename',
      {
        given: 'identifier-replaced',
        want: [
          '- **Breaking:** Error identifier `TOKEN_NOT_VALID` removed (idenfy, markid). Remove its case from your handlers.',
          '- **Breaking:** New error identifier `TOKEN_EXPIRED` (idenfy): Identification token is not valid or expired. Not retryable. Exhaustive handlers need a case for it.',
          '- **Breaking:** New error identifier `TOKEN_EXPIRED` (markid): Verification token is not valid or expired. Not retryable. Exhaustive handlers need a case for it.',
        ],
      },
    ],
    [
      'a new required request field is one line',
      {
        given: 'request-field-required',
        want: [
          '- **Breaking:** Request tightened at `createToken request body.purpose` (idenfy, markid): required property added.',
        ],
      },
    ],
    [
      'a new required error field is one line',
      {
        given: 'error-field-required',
        want: [
          '- **Breaking:** Required error body field `ErrorResponse.severity` added (idenfy, markid): the clients report an error body without it as an unexpected response.',
        ],
      },
    ],
    [
      'a success field made optional is a breaking line',
      {
        given: 'success-field-optional',
        want: [
          '- **Breaking:** Response widened at `createToken 201 response body` (idenfy, markid): no longer required: scanRef.',
        ],
      },
    ],
  ])('changelog: %s', (_name, { given, want }) => {
    expect(changelogEntries(outcomeOf(given).changes)).toEqual(want);
  });

  test("the client's generator refuses an error body whose message is optional, naming why", () => {
    for (const brand of BRANDS) {
      expect(outcomeOf('error-message-optional').brands[brand].generation).toMatch(
        /ErrorResponse must require "message": the client's ApiError carries it as a string/,
      );
    }
  });

  test('the changesets pending in the repository name none of the changes', () => {
    const pending = pendingChangesets(repoDir);
    for (const { changes } of suite.outcomes) {
      expect(gate(changes, pending).missing).toEqual(changelogGroups(changes));
    }
  });
});
