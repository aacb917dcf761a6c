/**
 * "Reproduce it": the exact requests that make the local sandbox return an identifier, as curl commands rendered
 * from the spec's reproduction declaration (spec/reproductions) with the sandbox's public test keys inline, so that
 * the script runs as pasted into any POSIX shell. The one place the handbook asks for them.
 */
import type { Brand } from '@error-contract/spec/brand-view';
import type { BrandBundle } from '@error-contract/spec/bundle';
import { localHost, localPorts, type Role, roles, seededCredentials } from '@error-contract/spec/local-sandbox';
import { curlOf, type Matrix, matrixOf } from '@error-contract/spec/reproductions';

/** Where `pnpm start` serves the sandbox, and where it serves a brand's API (the sandbox's brand prefix). */
export const SANDBOX_ORIGIN = `http://${localHost}:${localPorts.sandbox}`;
export const sandboxBrandUrl = (brand: string) => `${SANDBOX_ORIGIN}/${brand}`;

export interface CurlStep {
  summary: string;
  role: Role;
  command: string;
}

/** An identifier's "Reproduce it": the curl commands of its first declared reproduction. */
export interface CurlReproduction {
  operationId: string;
  /** The steps that run first (e.g. spending a quota), then the request that gets the identifier. */
  before: CurlStep[];
  request: CurlStep;
  status: number;
  /** Why only the sandbox can do it, where a real server cannot be made to (a fault switch). */
  sandboxOnly?: string;
}

/**
 * The declared reproduction of the identifier on the first operation that has one, or undefined when none does.
 * A page asking for many identifiers passes the brand's matrix, built once (it has a cell per operation × identifier).
 */
export function reproductionOf(
  brand: Brand,
  bundle: BrandBundle,
  identifier: string,
  matrix: Matrix = matrixOf(bundle),
): CurlReproduction | undefined {
  const cell = matrix.cells.find((candidate) => candidate.identifier === identifier && candidate.reproduction);
  const reproduction = cell?.reproduction;
  if (!cell || !reproduction) return undefined;
  const serverUrl = sandboxBrandUrl(brand.id);
  return {
    operationId: cell.operationId,
    before: reproduction.before.map((step) => ({
      summary: step.summary,
      role: step.request.role,
      command: curlOf(step.request, serverUrl, seededCredentials(step.request.role)),
    })),
    request: {
      summary: reproduction.summary,
      role: reproduction.request.role,
      command: curlOf(reproduction.request, serverUrl, seededCredentials(reproduction.request.role)),
    },
    status: reproduction.status,
    sandboxOnly: reproduction.sandboxOnly,
  };
}

/** The "Reproduce it" section's text and script: who sends what, and the commands with their summaries as comments. */
export function reproductionMarkdown(reproduction: CurlReproduction): { lead: string; script: string } {
  const steps = [...reproduction.before, reproduction.request];
  const asWhom = (role: Role) => {
    const seeded = seededCredentials(role);
    return seeded
      ? `${roles[role].description} (the sandbox's test key \`${seeded.apiKey}\`)`
      : roles[role].description;
  };
  const credentials = ` as ${[...new Set(steps.map((step) => asWhom(step.role)))].join(', then ')}`;
  const lead = `Paste it into a shell while the local sandbox runs (\`pnpm start\` serves it on ${SANDBOX_ORIGIN}): it calls \`${reproduction.operationId}\`${credentials}, and the sandbox answers HTTP ${reproduction.status} with this identifier.`;
  // What the script needs beyond the sandbox, said on the block itself, where a reader copies from.
  const note = reproduction.sandboxOnly ? `# Sandbox only: ${reproduction.sandboxOnly}.\n` : '';
  const script = note + steps.map((step) => `# ${step.summary}\n${step.command}`).join('\n\n');
  return { lead, script };
}
