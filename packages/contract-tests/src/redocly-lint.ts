/**
 * The spec itself: `redocly lint` with the repository's rules, of the canonical sources (once per brand API) and of
 * the built bundles, with each reported line turned into a problem naming the file.
 */
import type { RedoclyRun } from '@error-contract/spec/redocly';
import { problem } from './problem.ts';

const FILE = /^(\S.*\.(?:ya?ml|json)):$/;
const ISSUE = /^\s+(\d+):(\d+)\s+(error|warning)\s+(\S+)\s+(.*)$/;

/** Problems of a run printed with `--format stylish`; `subject` names what was linted, e.g. `spec sources`. */
export function redoclyProblems(subject: string, run: RedoclyRun): string[] {
  const problems: string[] = [];
  let file = subject;
  for (const line of run.output.split('\n')) {
    const header = FILE.exec(line);
    if (header?.[1]) file = header[1];
    const issue = ISSUE.exec(line);
    if (issue) {
      const [, row, column, severity, rule, message = ''] = issue;
      problems.push(problem(`${subject}: ${file} ${row}:${column} redocly ${rule}`, `no ${severity}`, message));
    }
  }
  if (!run.ok && problems.length === 0) problems.push(problem(subject, 'redocly lint to pass', run.output.trim()));
  return [...new Set(problems)];
}
