/**
 * The gate every request of a run goes through: a reverse proxy on a free loopback port in front of the target.
 * It bounds the request rate, times out slow replies, and records each exchange under the step that sent it, so
 * every reply, whether respect or the raw runner sent it, gets the same contract check.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The header naming the step a request belongs to; the gate strips it before forwarding. */
export const stepHeader = 'x-contract-verify-step';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Exchange {
  step: string;
  method: string;
  path: string;
  /** Undefined when no reply came: `error` says why. */
  reply?: Reply;
  error?: string;
}

export interface GateOptions {
  /** The brand API root requests are forwarded to, e.g. `https://staging.example.com`. */
  target: string;
  /** Requests per second at most. */
  rate: number;
  timeoutMs: number;
}

export interface Gate {
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

const HOP_HEADERS = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', stepHeader]);
// fetch has already decoded the body, so its original encoding and length no longer describe it.
const STALE_REPLY_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection']);

async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function openGate({ target, rate, timeoutMs }: GateOptions): Promise<Gate> {
  const exchanges: Exchange[] = [];
  const interval = 1000 / rate;
  let nextSlot = 0;
  const waitForSlot = async () => {
    const now = performance.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + interval;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
  };
  const base = target.replace(/\/+$/, '');

  const server: Server = createServer(async (request, response) => {
    const step = String(request.headers[stepHeader] ?? '-');
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const exchange: Exchange = { step, method, path };
    exchanges.push(exchange);
    try {
      const body = await readBody(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (!HOP_HEADERS.has(name) && typeof value === 'string') headers.set(name, value);
      }
      await waitForSlot();
      const reply = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body.length > 0 ? body : undefined,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await reply.text();
      const replyHeaders: Record<string, string> = {};
      reply.headers.forEach((value, name) => {
        if (!STALE_REPLY_HEADERS.has(name)) replyHeaders[name] = value;
      });
      exchange.reply = { status: reply.status, headers: replyHeaders, body: text };
      response.writeHead(reply.status, replyHeaders).end(text);
    } catch (error) {
      const cause = error as Error;
      exchange.error = cause.name === 'TimeoutError' ? `no reply within ${timeoutMs} ms` : `no reply: ${cause.message}`;
      response.writeHead(504, { 'content-type': 'text/plain' }).end(exchange.error);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
