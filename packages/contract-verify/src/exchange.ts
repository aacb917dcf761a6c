/**
 * The one engine of a run: sends each request exactly as declared (any method, exact body bytes, an empty JSON
 * object, no body at all) with node:http, paced to the brand's rate bound, each with a timeout that covers the whole
 * exchange and a bound on how much of a reply is read, so a server that never answers or never stops cannot hang it.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { ApiCredentials } from '@error-contract/spec/local-sandbox';
import type { ResolvedRequest } from '@error-contract/spec/reproductions';
import { basicAuthorization } from './credentials.ts';

/** What a server answered: its status, its headers (lower-case names) and its body as text. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One request sent, and its reply or, when none came, why (`error`). */
export interface Exchange {
  method: string;
  path: string;
  reply?: Reply;
  error?: string;
}

/** How much of a reply is read; an error reply is a few hundred bytes, so more means something is wrong. */
export const maxReplyBytes = 1024 * 1024;

export interface SenderOptions {
  /** The brand's API root, e.g. `https://staging.example.com`. */
  server: string;
  /** Requests per second at most. */
  rate: number;
  /** Per request, from sending it to the last byte of its reply. */
  timeoutMs: number;
}

export type Send = (request: ResolvedRequest, credential: ApiCredentials | undefined) => Promise<Exchange>;

/** A sender for one brand: its requests share one rate bound. */
export function createSender({ server, rate, timeoutMs }: SenderOptions): Send {
  const base = server.replace(/\/+$/, '');
  const waitForSlot = pace(rate);
  return async (request, credential) => {
    const exchange: Exchange = { method: request.method, path: request.operation.path };
    await waitForSlot();
    try {
      exchange.reply = await exchangeOnce(new URL(`${base}${request.operation.path}`), request, credential, timeoutMs);
    } catch (error) {
      exchange.error = (error as Error).message;
    }
    return exchange;
  };
}

/** Slots `1000 / rate` ms apart: each call waits for the next free one. */
function pace(rate: number): () => Promise<void> {
  const interval = 1000 / rate;
  let nextSlot = 0;
  return async () => {
    const now = performance.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
}

function bodyOf(request: ResolvedRequest): Uint8Array | undefined {
  if (request.body.kind === 'raw') return request.body.bytes;
  if (request.body.kind === 'json') return Buffer.from(JSON.stringify(request.body.value));
  return undefined;
}

function headersOf(request: ResolvedRequest, credential: ApiCredentials | undefined, body: Uint8Array | undefined) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (credential) headers.authorization = basicAuthorization(credential);
  if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(body.length) });
  // Declared headers come last: a reproduction may replace any of the above.
  return { ...headers, ...request.headers };
}

function flatten(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function exchangeOnce(
  url: URL,
  request: ResolvedRequest,
  credential: ApiCredentials | undefined,
  timeoutMs: number,
): Promise<Reply> {
  const body = bodyOf(request);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    // Settles first, then drops the connection: whatever it emits after that is ignored.
    const abandon = (reason: string) => {
      settle(() => reject(new Error(reason)));
      outgoing.destroy();
    };
    const outgoing = send(
      url,
      { method: request.method, headers: headersOf(request, credential, body) },
      (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxReplyBytes) abandon(`reply too large: more than ${maxReplyBytes} bytes`);
          else chunks.push(chunk);
        });
        incoming.on('end', () =>
          settle(() =>
            resolve({
              status: incoming.statusCode ?? 0,
              headers: flatten(incoming.headers),
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          ),
        );
        incoming.on('error', (error) => settle(() => reject(new Error(`no reply: ${error.message}`))));
      },
    );
    const timer = setTimeout(() => abandon(`no reply within ${timeoutMs} ms`), timeoutMs);
    outgoing.on('error', (error) => settle(() => reject(new Error(`no reply: ${error.message}`))));
    outgoing.end(body);
  });
}
