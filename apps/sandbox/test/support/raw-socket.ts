/** Bytes over a plain TCP socket, for what even a raw HTTP client refuses to send: the parser's edge cases. */
import { connect } from 'node:net';
import type { RawReply } from './raw-request.ts';

export interface SocketReply extends RawReply {
  /** The interim (1xx) status lines before the final reply, e.g. `HTTP/1.1 100 Continue`. */
  interim: string[];
}

export interface SocketExchange {
  /** Written at once on connecting. */
  send: string | Uint8Array;
  /** Written after the first interim reply, e.g. the body after `100 Continue`. */
  afterInterim?: string | Uint8Array;
  /** Fails the exchange when no complete reply came by then. */
  timeoutMs?: number;
}

/** Sends the bytes to `origin` and reads the first final reply, framed by its Content-Length. */
export async function exchange(origin: string, sent: SocketExchange): Promise<SocketReply> {
  const [reply] = await converse(origin, sent, 'first');
  if (!reply) throw new Error('No reply.');
  return reply;
}

/** Sends the bytes to `origin` and reads every final reply, in order, until the server closes the connection. */
export function exchangeUntilClosed(origin: string, sent: SocketExchange): Promise<SocketReply[]> {
  return converse(origin, sent, 'all');
}

function converse(
  origin: string,
  { send, afterInterim, timeoutMs = 5_000 }: SocketExchange,
  until: 'first' | 'all',
): Promise<SocketReply[]> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(send));
    let received = Buffer.alloc(0);
    let interim: string[] = [];
    const replies: SocketReply[] = [];
    const timer = setTimeout(
      () => finish(new Error(`No complete reply within ${timeoutMs} ms: ${received}`)),
      timeoutMs,
    );
    const finish = (outcome: Error | SocketReply[]) => {
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const parse = (closed: boolean) => {
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end < 0) {
          if (!closed) return;
          return received.length === 0 && replies.length > 0
            ? finish(replies)
            : finish(new Error(`The connection closed mid-reply: ${received}`));
        }
        const [statusLine = '', ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
        if (status >= 100 && status < 200) {
          interim.push(statusLine);
          received = received.subarray(end + 4);
          if (afterInterim !== undefined) socket.write(afterInterim);
          continue;
        }
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
        }
        const length = Number(headers['content-length'] ?? 0);
        const body = received.subarray(end + 4);
        if (body.length < length)
          return closed ? finish(new Error(`The connection closed mid-body: ${received}`)) : undefined;
        replies.push({ status, headers, text: body.subarray(0, length).toString('utf8'), interim });
        if (until === 'first') return finish(replies);
        received = body.subarray(length);
        interim = [];
      }
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      parse(false);
    });
    socket.on('end', () => parse(true));
    socket.on('error', (error) => finish(error));
  });
}
