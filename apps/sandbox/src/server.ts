/** The sandbox server: every published brand under its path prefix, on one loopback port. */
import { createServer, type IncomingMessage, maxHeaderSize, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BrandBundle } from '@error-contract/spec/bundle';
import {
  type ApiCredentials,
  type CredentialRole,
  localHost,
  localPorts,
  roles,
} from '@error-contract/spec/local-sandbox';
import { loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import type { AccessLog } from './access-log.ts';
import { accessLogLine } from './access-log.ts';
import { createBrandApi } from './brand-api.ts';
import { defaultMaxBodyBytes, loadConfig, type SandboxConfig } from './config.ts';
import { handleRequest } from './handle-request.ts';
import { Refusal } from './refusal.ts';
import { errorAnswer, rawErrorResponse, send } from './responses.ts';
import { createRouter, targetOfRequestLine } from './router.ts';

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
  /** The clock tokens expire by, in ms; tests move it. */
  now?: () => number;
  /** Defaults to every published brand. */
  brands?: readonly string[];
  /**
   * The bundle to serve for a brand instead of its built `spec/dist/<brand>/openapi.json`, e.g. a copy with one more
   * identifier, so a test can serve a spec change without rebuilding the spec.
   */
  bundles?: Readonly<Record<string, BrandBundle>>;
  /** How long a client may take to send its headers (default 10 s) and its whole request (default 30 s). */
  timeouts?: { headersMs?: number; requestMs?: number };
}

export interface Sandbox {
  /** The origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  brands: readonly string[];
  /** Where a brand's API is served, e.g. `http://127.0.0.1:4010/idenfy`. */
  brandUrl(brand: string): string;
  /**
   * The credentials of each reproduction role this sandbox's config seeds a partner for (`role` in its partners),
   * and `wrongSecret` when it seeds `partner`: what a client sends to act as that role here.
   */
  credentials: Readonly<Partial<Record<CredentialRole, ApiCredentials>>>;
  /**
   * Serves these bundles from the next request on, without a restart (the dev loop calls it after each rebuild).
   * Each served brand needs its bundle; the brands' state (tokens, verifications) starts again from the config.
   * Throws, and keeps serving the current bundles, when one is missing or the sandbox cannot serve it.
   */
  useBundles(bundles: Readonly<Record<string, BrandBundle>>): void;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const config = options.config ?? loadConfig();
  const brands = options.brands ?? publishedBrands();
  const apis = brands.map((brand) => createBrandApi(brand, options.bundles?.[brand] ?? loadBundle(brand), config));
  let origin = '';
  let route = createRouter(apis, () => origin);
  const accessLog = options.accessLog ?? (config.accessLog ? (line: string) => console.log(line) : undefined);
  const settings = {
    route: (target: string) => route(target),
    maxBodyBytes: options.maxBodyBytes ?? config.maxBodyBytes ?? defaultMaxBodyBytes,
    faultSwitch: options.faultSwitch ?? config.faultSwitch ?? true,
    now: options.now ?? Date.now,
    origin: () => origin,
    accessLog,
  };
  const headersTimeout = options.timeouts?.headersMs ?? 10_000;
  const requestTimeout = options.timeouts?.requestMs ?? 30_000;

  // Node would answer some requests by itself with a bare status (400 without Host, 417 for an unknown Expect, 408,
  // 431): the sandbox takes each of them over, so every reply is a standard error or a success the spec declares.
  const server = createServer({
    requestTimeout,
    headersTimeout,
    connectionsCheckingInterval: Math.min(headersTimeout, requestTimeout, 30_000) / 2,
    requireHostHeader: false,
  });
  // The last response begun on each connection, which a parse error or timeout in its body must answer instead.
  const begun = new WeakMap<Socket, ServerResponse>();
  /**
   * The response under way on a connection: the last one begun, unless it has finished. Asked only when a request
   * goes wrong, so that answering one costs no listener.
   */
  const answering = (socket: Socket) => {
    const response = begun.get(socket);
    return response?.writableFinished ? undefined : response;
  };
  const handle = (request: IncomingMessage, response: ServerResponse, expectsContinue = false) => {
    begun.set(request.socket, response);
    handleRequest(request, response, settings, expectsContinue);
  };
  server.on('request', handle);
  server.on('checkContinue', (request, response) => handle(request, response, true));
  server.on('checkExpectation', handle);

  // Connections already refused: bytes that keep arriving after a parse error raise it again, and are not answered.
  const refused = new WeakSet<Socket>();
  /**
   * Answers a request the parser refused with BAD_VALUE and closes the connection. A parse error inside the body of
   * the request being answered answers that request. A parse error after a complete request (the next one on a
   * keep-alive or pipelined connection) is answered after every reply before it, so a request that ran is answered.
   */
  const refuse = (socket: Socket, target: string, message: string) => {
    if (refused.has(socket)) return;
    refused.add(socket);
    const refusal = new Refusal('malformedRequest', message);
    const { api, path } = route(target);
    const response = answering(socket);
    const log = () => accessLog?.(accessLogLine('-', target ? path : '-', 400, api.identifierOf.malformedRequest));
    if (response && !response.req.complete) {
      if (response.headersSent) return socket.destroy();
      send(response, { ...errorAnswer(api, refusal), headers: { connection: 'close' } });
      return log();
    }
    const answerAfter = () => {
      if (!socket.writable) return socket.destroy();
      socket.end(rawErrorResponse(api, refusal));
      log();
    };
    if (response) response.once('finish', answerAfter).once('close', () => socket.destroy());
    else answerAfter();
  };
  server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Socket) => {
    if (error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const inBody = answering(socket)?.req;
    const target = inBody && !inBody.complete ? (inBody.url ?? '') : targetOfRequestLine(error.rawPacket);
    refuse(socket, target, clientErrorMessage(error, headersTimeout, requestTimeout));
  });
  // With no 'upgrade' listener, Node hands an Upgrade request over as a plain one, which is what the sandbox wants.
  server.on('connect', (request: IncomingMessage, socket: Socket) =>
    refuse(socket, request.url ?? '', 'CONNECT is not supported.'),
  );

  await listen(server, options.port ?? localPorts.sandbox, options.host ?? localHost);
  const { address, port } = server.address() as AddressInfo;
  origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  return {
    url: origin,
    brands,
    brandUrl: (brand) => `${origin}/${brand}`,
    credentials: seededRoleCredentials(config),
    useBundles(bundles) {
      const next = brands.map((brand) => {
        const bundle = bundles[brand];
        if (!bundle) throw new Error(`useBundles: no bundle for the served brand "${brand}".`);
        return createBrandApi(brand, bundle, config);
      });
      route = createRouter(next, () => origin);
    },
    close: () => close(server),
  };
}

function seededRoleCredentials(config: SandboxConfig): Partial<Record<CredentialRole, ApiCredentials>> {
  const credentials: Partial<Record<CredentialRole, ApiCredentials>> = {};
  for (const { role, apiKey, apiSecret } of config.partners) if (role) credentials[role] = { apiKey, apiSecret };
  if (credentials.partner) credentials.wrongSecret = roles.wrongSecret.seeded;
  return credentials;
}

function clientErrorMessage(error: NodeJS.ErrnoException, headersMs: number, requestMs: number): string {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return `The request timed out: its headers must arrive within ${headersMs} ms and the whole request within ${requestMs} ms.`;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return `The request line and headers are larger than ${maxHeaderSize} bytes.`;
  }
  return 'The request is not valid HTTP/1.1.';
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
