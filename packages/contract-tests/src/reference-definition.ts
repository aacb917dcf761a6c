/** Docs against the spec: the API definition a built Redoc reference page embeds is exactly the brand bundle. */
import { jsonDifferences } from './json-differences.ts';
import { problem, shown } from './problem.ts';

/** At most this many differences are listed; a rebuilt page usually fixes them all at once. */
const LISTED = 10;

export function definitionProblems(where: string, bundle: unknown, embedded: unknown): string[] {
  const differences = jsonDifferences(bundle, embedded);
  const problems = differences
    .slice(0, LISTED)
    .map(({ pointer, expected, actual }) => problem(`${where} at ${pointer}`, shown(expected), shown(actual)));
  if (differences.length > LISTED) problems.push(`${where}: ${differences.length - LISTED} more differences`);
  return problems;
}
