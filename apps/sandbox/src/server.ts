/** The sandbox server: every published brand under its path prefix, on one loopback port. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { publishedBrands } from '@error-contract/spec/brands';
import { type BrandBundle, loadBundle } from '@error-contract/spec/catalog';
import type { AccessLog } from './access-log.ts';
import { accessLogLine } from './access-log.ts';
import { ApiError } from './api-error.ts';
import { createBrandApi } from './brand-api.ts';
import { defaultMaxBodyBytes, loadConfig, type SandboxConfig } from './config.ts';
import { handleRequest } from './handle-request.ts';
import { rawErrorResponse } from './responses.ts';
import { createRouter } from './router.ts';

export interface SandboxOptions {
  /** Defaults to the package's sandbox.config.json. */
  config?: SandboxConfig;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Overrides the config's maxBodyBytes. */
  maxBodyBytes?: number;
  /** Overrides the config's faultSwitch. */
  faultSwitch?: boolean;
  /** Where access log lines go; off unless given (or the config's accessLog is on, which prints them). */
  accessLog?: AccessLog;
  /** The clock tokens expire and the rate limit counts by, in ms; tests move it. */
  now?: () => number;
  /** Defaults to every published brand. */
  brands?: readonly string[];
  /**
   * The bundle to serve for a brand instead of its built `spec/dist/<brand>/openapi.json`, e.g. a copy with one more
   * identifier, so a test can serve a spec change without rebuilding the spec.
   */
  bundles?: Readonly<Record<string, BrandBundle>>;
}

export interface Sandbox {
  /** The origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  brands: readonly string[];
  /** Where a brand's API is served, e.g. `http://127.0.0.1:4010/idenfy`. */
  brandUrl(brand: string): string;
  close(): Promise<void>;
}

export const defaultPort = 4010;
export const defaultHost = '127.0.0.1';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const config = options.config ?? loadConfig();
  const brands = options.brands ?? publishedBrands();
  const apis = brands.map((brand) => createBrandApi(brand, options.bundles?.[brand] ?? loadBundle(brand), config));
  const route = createRouter(apis);
  const [fallback] = apis;
  if (!fallback) throw new Error('The sandbox serves no brand.');
  const accessLog = options.accessLog ?? (config.accessLog ? (line: string) => console.log(line) : undefined);
  let origin = '';
  const settings = {
    route,
    maxBodyBytes: options.maxBodyBytes ?? config.maxBodyBytes ?? defaultMaxBodyBytes,
    faultSwitch: options.faultSwitch ?? config.faultSwitch ?? true,
    now: options.now ?? Date.now,
    origin: () => origin,
    accessLog,
  };

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (request, response) => {
    handleRequest(request, response, settings).catch(() => response.destroy());
  });
  // Requests Node cannot hand over as a request still get a standard error, never a bare status line. (With no
  // 'upgrade' listener, Node hands an Upgrade request over as a plain one, which is what the sandbox wants.)
  const refuse = (socket: Socket, message: string) => {
    if (socket.writable) socket.end(rawErrorResponse(fallback, new ApiError('malformedRequest', message)));
    else socket.destroy();
    accessLog?.(accessLogLine('-', '-', 400, fallback.identifierOf.malformedRequest));
  };
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (error.code === 'ECONNRESET') socket.destroy();
    else refuse(socket, 'The request is not valid HTTP/1.1.');
  });
  server.on('connect', (_request, socket: Socket) => refuse(socket, 'CONNECT is not supported.'));

  await listen(server, options.port ?? defaultPort, options.host ?? defaultHost);
  const { address, port } = server.address() as AddressInfo;
  origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url: origin,
    brands,
    brandUrl: (brand) => `${origin}/${brand}`,
    close: () => close(server),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
