/** Test servers on a free loopback port: a proxy in front of the sandbox that rewrites its JSON replies, and any handler. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Forwards to `target`, letting `rewrite` change a reply's JSON body. */
export function rewritingProxy(target: string, rewrite: (path: string, body: Record<string, unknown>) => void) {
  return serve(async (request, response) => {
    const body = await bodyOf(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))
        headers.set(name, value);
    }
    const reply = await fetch(`${target}${request.url}`, {
      method: request.method,
      headers,
      body: body.length > 0 ? body : undefined,
    });
    let text = await reply.text();
    try {
      const json = JSON.parse(text) as Record<string, unknown>;
      rewrite(request.url ?? '', json);
      text = JSON.stringify(json);
    } catch {
      // not JSON: passed on as it is
    }
    // The body may have changed length: content-length is counted again.
    const replyHeaders: Record<string, string> = { 'content-length': String(Buffer.byteLength(text)) };
    reply.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name))
        replyHeaders[name] = value;
    });
    response.writeHead(reply.status, replyHeaders).end(text);
  });
}
