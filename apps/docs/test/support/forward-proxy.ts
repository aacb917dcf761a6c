/**
 * An HTTP proxy on a free loopback port that sends every request it gets to one origin, whatever origin the request
 * names: curl, given it as `http_proxy`, runs a published script unchanged against a sandbox on another port than
 * the documented one. It stops with the test.
 */
import { createServer, request as send } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localHost } from '@error-contract/spec/local-sandbox';

export interface ForwardProxy {
  url: string;
  close(): Promise<void>;
}

export async function startForwardProxy(target: string): Promise<ForwardProxy> {
  const { hostname, port } = new URL(target);
  const server = createServer((incoming, answer) => {
    // A proxy gets the absolute form (`http://127.0.0.1:4010/idenfy/…`); the path goes on.
    const path = (incoming.url ?? '/').replace(/^[a-z]+:\/\/[^/]*/i, '') || '/';
    const { 'proxy-connection': _, ...headers } = incoming.headers;
    const outgoing = send({ hostname, port, method: incoming.method, path, headers }, (response) => {
      answer.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(answer);
    });
    outgoing.on('error', () => answer.writeHead(502).end());
    incoming.pipe(outgoing);
  });
  await new Promise<void>((resolve) => server.listen(0, localHost, resolve));
  const { port: own } = server.address() as AddressInfo;
  return {
    url: `http://${localHost}:${own}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
