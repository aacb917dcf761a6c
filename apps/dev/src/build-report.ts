/**
 * What the terminal prints and the overlay shows when a build fails: each lint problem once, by its file (under the
 * watched root), line, column and JSON pointer; for any other failure, the tool's message. Neither carries the
 * tools' noise: boxed banners, the ❌ summary (an emoji a browser without an emoji font shows as an empty box), and
 * advice meant for the CLI's own users (`--generate-ignore-file`, `--force`).
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { LintResult } from '@error-contract/spec/pipeline';
import { formatProblem, type LintProblem, withoutBanners } from '@error-contract/spec/redocly';
import { repoDir } from '@error-contract/spec/workspace';

export interface BuildError {
  /** What failed, e.g. "Lint errors in the spec". */
  title: string;
  /** The lint problems, each once, in the order reported; `file` is relative to the watched root. */
  problems: LintProblem[];
  /** What failed when it is not a lint problem (a bundle, a generator, the site); empty when `problems` say it. */
  message: string;
  /** What the terminal prints: the problems one per line, or the message. */
  output: string;
}

/** Redocly names files relative to the workspace it runs in; the author knows them by the root they edit. */
function underRoot(file: string, root: string): string {
  const path = relative(root, resolve(repoDir, file));
  return path.startsWith('..') || isAbsolute(path) ? file : path;
}

/** Paths in a tool's text, relative to the watched root: Redocly writes them from the workspace, or absolute. */
function pathsUnderRoot(text: string, root: string): string {
  // The relative form first: the absolute one is inside it.
  const fromWorkspace = relative(repoDir, root);
  const shorter = fromWorkspace === '' ? text : text.replaceAll(`${fromWorkspace}/`, '');
  return shorter.replaceAll(`${resolve(root)}/`, '');
}

const NOISE = [/^\s*❌/, /generate-ignore-file/];

function withoutNoise(text: string, root: string): string {
  const lines = withoutBanners(text)
    .split('\n')
    .filter((line) => !NOISE.some((noise) => noise.test(line)));
  return pathsUnderRoot(lines.join('\n'), root)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function stepFailure(title: string, message: string, root: string): BuildError {
  const clean = withoutNoise(message, root);
  return { title, problems: [], message: clean, output: clean };
}

/** A lint that found problems, or (with none) one the CLI could not run, whose output says why. */
export function lintFailure(result: LintResult, root: string): BuildError {
  const title = 'Lint errors in the spec';
  if (result.problems.length === 0) return stepFailure(title, result.output, root);
  const problems = result.problems.map((problem) => ({
    ...problem,
    file: underRoot(problem.file, root),
    message: pathsUnderRoot(problem.message, root),
  }));
  return { title, problems, message: '', output: problems.map(formatProblem).join('\n') };
}
