/** A server on a free loopback port, for tests through Node's own fetch: one route per path, stopped after the file. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export type Route = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** Starts before the file's tests and stops after them; `origin()` is its `http://127.0.0.1:<port>`. */
export function localServer(routes: Record<string, Route>): { origin: () => string } {
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (!route) return void response.writeHead(404).end();
    // A route that fails part way (the client left) just ends the connection.
    request.resume().on('end', () => Promise.resolve(route(request, response)).catch(() => response.destroy()));
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });
  return { origin: () => origin };
}
