/** Plain HTTP/1.1 requests over loopback, for the requests a well-behaved client would never send. */
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { ApiCredentials } from '@error-contract/spec/local-sandbox';

export interface RawRequest {
  method?: string;
  /** Path and query, e.g. `/idenfy/api/v2/token`. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export const keepAlive = new Agent({ keepAlive: true, maxSockets: 8 });

export function basic({ apiKey, apiSecret }: ApiCredentials): string {
  return `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
}

export function sendRaw(origin: string, { method = 'POST', path, headers = {}, body }: RawRequest): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const url = new URL(origin);
    const request = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers, agent: keepAlive },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    // A server that answers before reading the whole body may close while we still write: the reply counts.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    request.end(body);
  });
}
