/**
 * One load run with autocannon, in the benchmark's process (each server runs in its own): one kind of request for every
 * contender, a success or a standard error.
 */
import { roles } from '@error-contract/spec/local-sandbox';
import autocannon from 'autocannon';

export interface Mix {
  /** Path prefix of the brand, empty for servers that serve one brand at the root. */
  prefix: string;
  /** `success`: the status of a seeded verification. `error`: the same read missing its required `scanRef`. */
  reply: 'success' | 'error';
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
  { prefix, reply }: Mix,
  limit: { seconds: number } | { requests: number },
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}${prefix}/api/v2/status`,
    connections: 50,
    ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.requests }),
    method: 'POST',
    headers,
    // The error is MISSING_VALUE from the sandbox; Prism answers its own 422 validation error.
    body: reply === 'success' ? '{"scanRef": "sandbox-approved"}' : '{}',
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
