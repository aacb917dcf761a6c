/**
 * Sandbox against the spec: what `prism proxy` reported about one reply in its `sl-violations` header (absent when
 * it found nothing). A request outside the spec's operations (e.g. GET on a POST path) is one Prism cannot route,
 * so it cannot check the reply either and says so with one warning, which is expected there and only there.
 */
import { problem } from './problem.ts';

interface Violation {
  location?: string[];
  severity?: string;
  message?: string;
}

const ROUTE_NOT_FOUND = 'Selected route not found';

export function parseViolations(header: string): Violation[] {
  try {
    return JSON.parse(header) as Violation[];
  } catch {
    // Prism cuts a header over 8 KB and says so in front of it.
    return [{ message: header }];
  }
}

export function proxyViolationProblems(where: string, header: string | null, outsideSpec = false): string[] {
  if (header === null) return [];
  return parseViolations(header)
    .filter((violation) => !(outsideSpec && violation.message === ROUTE_NOT_FOUND))
    .map((violation) =>
      problem(
        where,
        'no sl-violations from prism proxy',
        `${violation.severity?.toLowerCase() ?? 'a violation'} at ${(violation.location ?? []).join('.') || '?'}: ${violation.message}`,
      ),
    );
}
