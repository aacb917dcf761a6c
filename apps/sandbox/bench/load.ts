/** One load run with autocannon: the same two-request mix, one success and one standard error, for every contender. */
import { roles } from '@error-contract/spec/local-sandbox';
import autocannon from 'autocannon';

export interface Mix {
  /** Path prefix of the brand, empty for servers that serve one brand at the root. */
  prefix: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  statusCodes: Record<string, number>;
  errors: number;
}

const { apiKey, apiSecret } = roles.partner.seeded;
const authorization = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
const headers = { authorization, 'content-type': 'application/json' };

export async function load(
  url: string,
  { prefix }: Mix,
  limit: { seconds: number } | { requests: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: 50,
    ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.requests }),
    requests: [
      // A success: the status of a seeded verification.
      { method: 'POST', path: `${prefix}/api/v2/status`, headers, body: '{"scanRef": "sandbox-approved"}' },
      // A standard error: a required field missing (Prism answers its own 422 validation error).
      { method: 'POST', path: `${prefix}/api/v2/status`, headers, body: '{}' },
    ],
  });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]),
  );
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    statusCodes,
    errors: result.errors,
  };
}
