/** Clients against the spec, at run time: the client's exported identifier list is the spec's enum, in its order. */
import { problem } from './problem.ts';

export function identifierListProblems(
  brand: string,
  specEnum: readonly string[],
  clientList: readonly string[],
): string[] {
  const problems = [
    ...specEnum
      .filter((identifier) => !clientList.includes(identifier))
      .map((identifier) =>
        problem(`${brand}: identifier ${identifier}`, "in the client's runtime identifier list (spec enum)", 'missing'),
      ),
    ...clientList
      .filter((identifier) => !specEnum.includes(identifier))
      .map((identifier) =>
        problem(
          `${brand}: identifier ${identifier}`,
          "absent from the client's runtime list (not in the spec enum)",
          'listed',
        ),
      ),
  ];
  if (problems.length === 0 && specEnum.join() !== clientList.join()) {
    problems.push(
      problem(`${brand}: runtime identifier list`, `the spec order ${specEnum.join(', ')}`, clientList.join(', ')),
    );
  }
  return problems;
}
